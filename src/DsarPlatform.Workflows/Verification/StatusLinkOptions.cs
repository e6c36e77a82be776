namespace DsarPlatform.Workflows.Verification;

/// <summary><c>Security:StatusLinks</c>: how long an emailed status link and the session it opens last.</summary>
public sealed class StatusLinkOptions
{
    /// <summary>Short, because the page offers a fresh link to the email on record when an old one is clicked.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Long enough to read the page and write an answer; the cookie is useless after it.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
