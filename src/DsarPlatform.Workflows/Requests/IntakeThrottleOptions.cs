namespace DsarPlatform.Workflows.Requests;

/// <summary><c>Security:IntakeThrottle</c>: how many verification emails one target may receive from intake.</summary>
public sealed class IntakeThrottleOptions
{
    public int EmailsPerTarget { get; set; } = 3;
    public TimeSpan Window { get; set; } = TimeSpan.FromDays(1);
}
