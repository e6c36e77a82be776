namespace DsarPlatform.Workflows.Verification;

/// <summary><c>Security:OneTimeCodes</c>.</summary>
public sealed class OneTimeCodeOptions
{
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);
    public int MaxFailedAttempts { get; set; } = 5;
}
