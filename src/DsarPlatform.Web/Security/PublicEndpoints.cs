namespace DsarPlatform.Web.Security;

/// <summary>The requests anyone on the internet can make that change something: they get the IP limit and the body cap.</summary>
static class PublicEndpoints
{
    public static bool IsPublicPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) &&
        (request.Path.StartsWithSegments("/api/requests") || request.Path.StartsWithSegments("/api/auth") ||
         request.Path.StartsWithSegments("/requests") || request.Path.StartsWithSegments("/verify") ||
         request.Path.StartsWithSegments("/status") || request.Path.StartsWithSegments("/download"));

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Rate limits key on the connection's address; behind a proxy, forwarded headers must set it first.</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
