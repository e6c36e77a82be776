using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages;

/// <summary>
/// A GET looks the token up (a hash look-up, nothing redeemed: mail scanners follow links) and shows the button
/// only for a usable link; the POST redeems it. The page never says whose request it is.
/// </summary>
public sealed class VerifyModel(EmailLinkConfirmation confirmation) : PageModel
{
    public enum Outcome { Pending, Confirmed, AwaitingAgent, Unusable }

    public Outcome Result { get; private set; }

    /// <summary>For <see cref="Outcome.AwaitingAgent"/>: the local date we answer by.</summary>
    public string? AnswerBy { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken cancellationToken) =>
        Result = await confirmation.IsUsableAsync(token, cancellationToken) ? Outcome.Pending : Outcome.Unusable;

    public async Task OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var confirmed = await confirmation.ConfirmAsync(token, cancellationToken);
        (Result, AnswerBy) = confirmed.Outcome switch
        {
            LinkConfirmationOutcome.Verified => (Outcome.Confirmed, null),
            LinkConfirmationOutcome.AwaitingAgent => (Outcome.AwaitingAgent, confirmed.AnswerBy),
            _ => (Outcome.Unusable, null),
        };
    }
}
