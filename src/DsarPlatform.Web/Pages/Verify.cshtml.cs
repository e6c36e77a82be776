using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages;

/// <summary>
/// A GET looks the token up (a hash look-up, nothing redeemed: mail scanners follow links) and shows the button
/// only for a usable link; the POST redeems it. The page never says whose request it is. An unusable link (unknown,
/// used, expired or replaced) answers 410 Gone.
/// </summary>
public sealed class VerifyModel(EmailLinkConfirmation confirmation) : PageModel
{
    public enum Outcome { Pending, Confirmed, AwaitingAgent, Unusable }

    public Outcome Result { get; private set; }

    /// <summary>For <see cref="Outcome.AwaitingAgent"/>: the local date we answer by.</summary>
    public string? AnswerBy { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Show(await confirmation.IsUsableAsync(token, cancellationToken) ? Outcome.Pending : Outcome.Unusable);

    public async Task OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var confirmed = await confirmation.ConfirmAsync(token, cancellationToken);
        AnswerBy = confirmed.AnswerBy;
        Show(confirmed.Outcome switch
        {
            LinkConfirmationOutcome.Verified => Outcome.Confirmed,
            LinkConfirmationOutcome.AwaitingAgent => Outcome.AwaitingAgent,
            _ => Outcome.Unusable,
        });
    }

    /// <summary>A link that cannot be used answers 410 Gone with the page that says so, as the download link does.</summary>
    void Show(Outcome outcome)
    {
        Result = outcome;
        if (outcome == Outcome.Unusable) Response.StatusCode = StatusCodes.Status410Gone;
    }
}
