using DsarPlatform.Web.Downloads;
using DsarPlatform.Workflows.Packages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages;

/// <summary>
/// The access package download: the link shows a page (mail scanners use nothing up), a code goes to the
/// email on record, and the right code uses the link up and moves this browser (with a short download grant) to a
/// confirmation page that starts the download itself, without script, and offers it again should it not start.
/// The file goes out as an attachment that is never cached. A link that cannot be used (expired, used up, its package
/// shed, or closed after too many codes) answers 410 Gone with the page that says so and what to do instead.
/// </summary>
public sealed class DownloadModel(PackageDownloads downloads, PackageVault vault, DownloadGrant grant) : PageModel
{
    public enum Step { AskCode, EnterCode, Downloading, Unusable, Closed }

    public const string FileHandler = "File";

    [BindProperty] public string? Code { get; set; }
    public Step Stage { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Stage = await downloads.IsUsableAsync(token, cancellationToken) ? Step.AskCode : Step.Unusable;

    public async Task OnPostSendCodeAsync(string token, CancellationToken cancellationToken) =>
        Stage = await downloads.SendCodeAsync(token, cancellationToken) switch
        {
            DownloadResult.CodeSent => Step.EnterCode,
            DownloadResult.LinkClosed => Step.Closed,
            _ => Step.Unusable,
        };

    public async Task<IActionResult> OnPostDownloadAsync(string token, CancellationToken cancellationToken)
    {
        var (result, requestId) = await downloads.RedeemAsync(token, Code, cancellationToken);
        switch (result)
        {
            case DownloadResult.Granted:
                grant.Start(Response, requestId!.Value);
                // Post/redirect/get: the confirmation is a page of its own, so reloading it never re-posts the code.
                return RedirectToPage("/Download", "Done", new { token });
            case DownloadResult.WrongCode:
                (Stage, Message) = (Step.EnterCode, "That code is not right. Check the latest email and try again.");
                return Page();
            case DownloadResult.CodeUnusable:
                (Stage, Message) = (Step.EnterCode, "That code can no longer be used (expired or too many tries). Ask for a new one.");
                return Page();
            case DownloadResult.LinkClosed:
                Stage = Step.Closed;
                return Page();
            default:
                Stage = Step.Unusable;
                return Page();
        }
    }

    /// <summary>The confirmation: its head refreshes to the file at once (the browser keeps the page and saves the file).</summary>
    public async Task OnGetDoneAsync(string token, CancellationToken cancellationToken) =>
        Stage = await GrantedPathAsync(token, cancellationToken) is null ? Step.Unusable : Step.Downloading;

    public async Task<IActionResult> OnGetFileAsync(string token, CancellationToken cancellationToken)
    {
        if (await GrantedPathAsync(token, cancellationToken) is not { } path)
        {
            Stage = Step.Unusable;
            return Page();
        }
        // Check the whole file first (cheap), so a damaged package fails cleanly, not half-way through the download.
        await vault.OpenAsync(path, Stream.Null, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        Response.Headers.ContentDisposition = "attachment; filename=\"my-data.zip\"";
        Response.ContentType = "application/zip";
        await vault.OpenAsync(path, Response.Body, cancellationToken);
        return new EmptyResult();
    }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (context.Result is PageResult && Stage is Step.Unusable or Step.Closed) Response.StatusCode = StatusCodes.Status410Gone;
    }

    public string FileUrl => Url.Page("/Download", FileHandler, new { token = RouteData.Values["token"] })!;

    async Task<string?> GrantedPathAsync(string token, CancellationToken cancellationToken) =>
        grant.Read(Request) is { } requestId ? await downloads.GrantedPackagePathAsync(token, requestId, cancellationToken) : null;
}
