namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// <c>Security:IntakeThrottle</c>: how often intake may write to one person. Allowances are rates that come back
/// within the hour, not a daily cap: an outsider who spends them delays the holder by at most one window.
/// </summary>
public sealed class IntakeThrottleOptions
{
    /// <summary>Notices (a repeat joined, a holder told, a new status link) one target may receive per <see cref="Window"/>.</summary>
    public int EmailsPerTarget { get; set; } = 3;
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The shortest time between two confirmation links for one request. A repeat made sooner is answered with a fresh
    /// link once this has passed since the last one, so the holder waits at most this long, whoever made the repeats.
    /// </summary>
    public TimeSpan LinkResendInterval { get; set; } = TimeSpan.FromHours(1);
}
