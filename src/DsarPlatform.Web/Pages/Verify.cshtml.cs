using DsarPlatform.Workflows.Verification;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages;

/// <summary>
/// A GET only shows a button (mail scanners follow links); the POST redeems the token.
/// The page never says whose request it is.
/// </summary>
public sealed class VerifyModel(EmailLinkConfirmation confirmation) : PageModel
{
    public enum Outcome { Pending, Confirmed, Unusable }

    public Outcome Result { get; private set; }

    public void OnGet() => Result = Outcome.Pending;

    public async Task OnPostAsync(string token, CancellationToken cancellationToken) =>
        Result = await confirmation.ConfirmAsync(token, cancellationToken) ? Outcome.Confirmed : Outcome.Unusable;
}
