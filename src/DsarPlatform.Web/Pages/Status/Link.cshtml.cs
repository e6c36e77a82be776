using DsarPlatform.Web.Status;
using DsarPlatform.Workflows.Status;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Status;

/// <summary>
/// The emailed status link. A GET shows only a button (mail scanners follow links); the POST redeems the link,
/// starts a short status session and moves to the status page. Unknown, used and expired links look alike,
/// and each can ask for a new link, which goes only to the email on record; the POST of one answers 410 Gone.
/// </summary>
public sealed class StatusLinkModel(StatusAccess access, StatusSession session) : PageModel
{
    public enum Outcome { Pending, Unusable, NewLinkSent }

    public Outcome Result { get; private set; }

    public void OnGet() => Result = Outcome.Pending;

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await access.RedeemAsync(token, cancellationToken) is not { } requestId)
        {
            Result = Outcome.Unusable;
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }
        session.Start(Response, requestId);
        return RedirectToPage("/Status/Index");
    }

    public async Task OnPostNewLinkAsync(string token, CancellationToken cancellationToken)
    {
        await access.SendNewLinkAsync(token, cancellationToken);
        Result = Outcome.NewLinkSent;
    }
}
