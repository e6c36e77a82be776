namespace DsarPlatform.Web.Security;

/// <summary>
/// The requests anyone on the internet can make that change something: they get the IP limit and the body cap. DRP's
/// <c>/v1</c> posts count too (agents are known only once their signature is checked).
/// </summary>
static class PublicEndpoints
{
    public static bool IsPublicPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        (request.Path.StartsWithSegments("/api/requests") || request.Path.StartsWithSegments("/api/auth") ||
         request.Path.StartsWithSegments("/requests") || request.Path.StartsWithSegments("/verify") ||
         request.Path.StartsWithSegments("/status") || request.Path.StartsWithSegments("/download") ||
         request.Path.StartsWithSegments("/v1"));

    /// <summary>A new request: the intake API or one of the three request forms (not the staff actions under /api/requests/…).</summary>
    public static bool IsIntake(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        (request.Path.Equals("/api/requests", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/requests/", StringComparison.OrdinalIgnoreCase) ||
         request.Path.StartsWithSegments("/requests/delete") || request.Path.StartsWithSegments("/requests/access") ||
         request.Path.StartsWithSegments("/requests/correction"));

    /// <summary>
    /// A staff action (<c>/api/requests/{reference}/…</c>, bulk actions): it needs a signed-in agent, so it is not held to the
    /// per-address limit meant for the public (agents behind one office address would throttle each other).
    /// </summary>
    public static bool IsStaffAction(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/requests", out var rest) && rest.HasValue && rest.Value != "/";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>
    /// The Data Rights Protocol's endpoints: JSON answers like the API, but signed <c>text/plain</c> bodies (no JSON-only
    /// rule: a cross-site form cannot forge a signature, and the calls after set-up need a bearer token).
    /// </summary>
    public static bool IsDrp(HttpRequest request) => request.Path.StartsWithSegments("/v1");

    /// <summary>The client's address: the connection's, or what a known proxy forwarded (<see cref="ProxySettings"/>).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
