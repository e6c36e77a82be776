namespace DsarPlatform.Web.Drp;

/// <summary>
/// <c>Drp</c>: the Data Rights Protocol 1.0 endpoints (we are the business; agents send the requests). Without a
/// <see cref="BusinessId"/> the endpoints take nothing.
/// </summary>
public sealed class DrpSettings
{
    /// <summary>Our id in the DRP network (the <c>business-id</c> every signed body must name).</summary>
    public string? BusinessId { get; set; }

    /// <summary>Agents added to the directory at start when absent (the admin page edits them after that).</summary>
    public List<DrpAgentSetting> Agents { get; set; } = [];

    /// <summary>How often the callback sender looks for callbacks due.</summary>
    public TimeSpan CallbackPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one callback may take before it counts as failed.</summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The wait after the first failure; it doubles with each further one, up to <see cref="CallbackMaxRetryDelay"/>.</summary>
    public TimeSpan CallbackFirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CallbackMaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts an incident tells staff; the retries go on.</summary>
    public int CallbackAttemptsBeforeIncident { get; set; } = 5;

    /// <summary>The largest signed body taken (bytes of base64 text).</summary>
    public int MaxBodyBytes { get; set; } = 32 * 1024;
}
