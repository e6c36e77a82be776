namespace DsarPlatform.Web.Security;

/// <summary>
/// <c>Security:RateLimits</c>: public POSTs (forms, <c>POST /api/requests</c>, verification, sign-in) per
/// client IP. The default is far above what a person does; an office behind one address still fits.
/// </summary>
public sealed class RateLimitSettings
{
    public int PublicPostsPerWindow { get; set; } = 20;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
