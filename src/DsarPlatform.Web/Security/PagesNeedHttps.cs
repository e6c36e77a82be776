using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Security;

/// <summary>
/// Outside Development, a page reached over plain HTTP answers 426 with a page that says to use https://, instead of
/// failing with a 500: the pages' antiforgery and session cookies are Secure, so they cannot work without TLS. That
/// happens when a proxy ends TLS but is not listed in <c>ForwardedHeaders</c> (its <c>X-Forwarded-Proto</c> is then
/// ignored), so the first such request also logs a warning naming the setting. The JSON APIs and health probes are
/// left alone: they set no cookie, and load balancers probe over plain HTTP.
/// </summary>
sealed class PagesNeedHttps(RequestDelegate next, ILogger<PagesNeedHttps> logger)
{
    int warned;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null) return next(context);
        if (Interlocked.Exchange(ref warned, 1) == 0)
        {
            logger.LogWarning("A page was asked for over plain HTTP and answered 426: pages need HTTPS. If a proxy ends TLS in front of this host, " +
                "list it in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks.");
        }
        context.Response.Headers.Upgrade = "TLS/1.2, HTTP/1.1";
        return ErrorResponses.WriteAsync(context, StatusCodes.Status426UpgradeRequired);
    }
}
