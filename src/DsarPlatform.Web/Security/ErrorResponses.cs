using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace DsarPlatform.Web.Security;

/// <summary>
/// Every error the host produces itself: RFC 9457 problem details under /api, a plain page elsewhere.
/// The texts are fixed per status, so nothing a client sent (and no stack trace) is ever echoed.
/// </summary>
static class ErrorResponses
{
    public static async Task WriteAsync(HttpContext context, int status)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        var (title, detail) = Describe(context, status);
        if (PublicEndpoints.IsApi(context.Request) || PublicEndpoints.IsDrp(context.Request))
        {
            await TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(Page(title, detail));
    }

    static (string Title, string Detail) Describe(HttpContext context, int status) => status switch
    {
        400 => ("We could not use what was sent",
            "Part of it could not be read, or the form expired. Go back, reload the page, check what you typed and try again."),
        401 => ("Sign in needed", "This needs a staff account."),
        403 => ("Not allowed", "Your account cannot do this."),
        404 => ("Not found", "There is nothing at this address."),
        413 => ("Too large", $"What was sent is larger than we accept ({MaxKilobytes(context)} KB). Shorten it and try again."),
        415 => ("Unsupported content type", "Send the request body as JSON, with Content-Type: application/json."),
        426 => ("This page needs a secure connection", "Open it with an address that starts with https://."),
        429 => ("Too many attempts", $"Please wait {RetryAfterText(context)} and try again."),
        >= 500 => ("Something went wrong on our side", "Please try again in a few minutes. If it keeps happening, contact us."),
        _ => (ReasonPhrases.GetReasonPhrase(status), "The request could not be completed."),
    };

    static long MaxKilobytes(HttpContext context) =>
        context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecuritySettings>>().Value.MaxPublicBodyBytes / 1024;

    static string RetryAfterText(HttpContext context) =>
        int.TryParse(context.Response.Headers.RetryAfter, out var seconds) && seconds > 0
            ? seconds <= 90 ? $"{seconds} seconds" : $"{(seconds + 59) / 60} minutes"
            : "a little";

    static string Page(string title, string detail) =>
        $"""
        <!doctype html>
        <html lang="en">
        <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} · Your privacy requests</title>
            <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
            <header class="site"><a class="brand" href="/">Your privacy requests</a></header>
            <main id="main">
                <h1 role="alert">{WebUtility.HtmlEncode(title)}</h1>
                <p class="lead">{WebUtility.HtmlEncode(detail)}</p>
                <p><a href="/">Back to the start page</a></p>
            </main>
        </body>
        </html>
        """;
}
