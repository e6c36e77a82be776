namespace DsarPlatform.Web.Security;

/// <summary>
/// <c>Security:RateLimits</c>: public POSTs (forms, <c>POST /api/requests</c>, verification, sign-in) per client IP
/// (behind a proxy, the forwarded address: see <see cref="ProxySettings"/>), and signed-in staff's POSTs per user, so
/// staff never share the public's bucket, and an authorized agent's Data Rights Protocol POSTs (its set-up bearer token
/// known) per agent, so an agent filing in bulk is not held to one person's limit. The defaults are far above what a
/// person does.
/// </summary>
public sealed class RateLimitSettings
{
    public int PublicPostsPerWindow { get; set; } = 20;
    public int StaffPostsPerWindow { get; set; } = 300;
    public int AgentPostsPerWindow { get; set; } = 300;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
