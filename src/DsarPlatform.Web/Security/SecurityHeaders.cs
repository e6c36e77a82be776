namespace DsarPlatform.Web.Security;

/// <summary>
/// Headers every response carries, error pages included: they are added when the response starts, after
/// an exception handler may have cleared the headers set earlier.
/// </summary>
static class SecurityHeaders
{
    /// <summary>No inline script anywhere, so injected markup cannot run even if encoding ever failed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /// <summary>The Hangfire dashboard (administrators only) is third-party markup with inline scripts and styles.</summary>
    const string DashboardPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/hangfire") ? DashboardPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    }
}
