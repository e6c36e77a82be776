namespace DsarPlatform.Web.Security;

/// <summary><c>Security</c>: the web host's limits; tests lower them to prove they hold.</summary>
public sealed class SecuritySettings
{
    public RateLimitSettings RateLimits { get; set; } = new();

    /// <summary><c>Security:MaxPublicBodyBytes</c>: the largest body a public form or API call may send.</summary>
    public long MaxPublicBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// <c>Security:IntakeResponseFloor</c>: the least time a new request's answer takes (see <see cref="IntakeResponseFloor"/>).
    /// Zero by default: intake no longer looks up the account before answering, so there is nothing to hide.
    /// </summary>
    public TimeSpan IntakeResponseFloor { get; set; } = TimeSpan.Zero;
}
