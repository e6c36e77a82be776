using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DsarPlatform.Web.Security;

/// <summary>
/// Before anything reads a body: public POSTs larger than the cap get 413 and API calls that change state
/// must be JSON (415 otherwise). A browser cannot send JSON to another site without a CORS preflight, which
/// we never grant, so this also closes the API to cross-site request forgery.
/// </summary>
sealed class RequestBodyGuard(RequestDelegate next, IOptions<SecuritySettings> settings, ILogger<RequestBodyGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (PublicEndpoints.IsPublicPost(request))
        {
            var cap = settings.Value.MaxPublicBodyBytes;
            if (request.ContentLength > cap)
            {
                await ErrorResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }
            // Without a Content-Length (chunked) the cap is enforced while the body is read: 413 via the exception handler.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = cap;
            else request.Body = new CappedRequestStream(request.Body, cap);
        }

        if (PublicEndpoints.IsApi(request) && ChangesState(request.Method) && HasBody(request) && !IsJson(request.ContentType))
        {
            await ErrorResponses.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception error) when (ClientError(error) is { } bad && !context.Response.HasStarted)
        {
            // The client's fault (a chunked body over the cap, a body cut short): one line, no stack trace, its own 4xx.
            logger.LogInformation("Refused a request body: {Status} {Reason}", bad.StatusCode, bad.Message);
            await ErrorResponses.WriteAsync(context, bad.StatusCode);
        }
    }

    /// <summary>A bad request found while reading, also when a reader (forms, model binding) wrapped it.</summary>
    static BadHttpRequestException? ClientError(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
            if (error is BadHttpRequestException { StatusCode: >= 400 and < 500 } bad) return bad;
        return null;
    }

    static bool ChangesState(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.ContentType is not null || request.Headers.TransferEncoding.Count > 0;

    static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         (media.Suffix.HasValue && media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));
}
