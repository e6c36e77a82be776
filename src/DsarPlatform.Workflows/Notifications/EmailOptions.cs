namespace DsarPlatform.Workflows.Notifications;

/// <summary>Section <c>Email</c>: sender, links' base address, and SMTP (the pickup folder when no host is set).</summary>
public sealed class EmailOptions
{
    public string From { get; set; } = "Privacy Team <privacy@dsar.local>";
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpUseTls { get; set; }
    /// <summary>How long an email whose recipient the server puts off (4xx) waits first; the wait doubles each time, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long after it was queued an email still put off is given up: refused, with an incident on its request.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(1);
}
