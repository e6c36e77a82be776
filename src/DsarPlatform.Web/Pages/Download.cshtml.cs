using DsarPlatform.Workflows.Packages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages;

/// <summary>
/// The access package download: the link shows a page (mail scanners use nothing up), a code goes to the
/// email on record, and the right code streams the file once, as an attachment that is never cached.
/// </summary>
public sealed class DownloadModel(PackageDownloads downloads, PackageVault vault) : PageModel
{
    public enum Step { AskCode, EnterCode, Unusable }

    [BindProperty] public string? Code { get; set; }
    public Step Stage { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Stage = await downloads.IsUsableAsync(token, cancellationToken) ? Step.AskCode : Step.Unusable;

    public async Task OnPostSendCodeAsync(string token, CancellationToken cancellationToken) =>
        Stage = await downloads.SendCodeAsync(token, cancellationToken) ? Step.EnterCode : Step.Unusable;

    public async Task<IActionResult> OnPostDownloadAsync(string token, CancellationToken cancellationToken)
    {
        var (result, path) = await downloads.RedeemAsync(token, Code, cancellationToken);
        switch (result)
        {
            case DownloadResult.Granted:
                // Check the whole file first (cheap), so a damaged package fails cleanly, not half-way through the download.
                await vault.OpenAsync(path!, Stream.Null, cancellationToken);
                Response.Headers.CacheControl = "no-store";
                Response.Headers.ContentDisposition = "attachment; filename=\"my-data.zip\"";
                Response.ContentType = "application/zip";
                await vault.OpenAsync(path!, Response.Body, cancellationToken);
                return new EmptyResult();
            case DownloadResult.WrongCode:
                (Stage, Message) = (Step.EnterCode, "That code is not right. Check the latest email and try again.");
                return Page();
            case DownloadResult.CodeUnusable:
                (Stage, Message) = (Step.EnterCode, "That code can no longer be used (expired or too many tries). Ask for a new one.");
                return Page();
            default:
                Stage = Step.Unusable;
                return Page();
        }
    }
}
