using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>
/// An invited member of staff chooses a password with the invitation's link. The GET only checks the link (a mail
/// scanner opening it spends nothing); the POST sets the password and spends the link.
/// </summary>
[AllowAnonymous]
public sealed class SetPasswordModel(StaffAccountActions actions) : PageModel
{
    public string UserId { get; private set; } = "";
    public string Token { get; private set; } = "";
    public bool Usable { get; private set; }
    public bool Done { get; private set; }
    public string? Problem { get; private set; }

    public async Task OnGetAsync(string? user, string? token)
    {
        (UserId, Token) = (user ?? "", token ?? "");
        Usable = await actions.InvitationIsUsableAsync(UserId, Token);
        if (!Usable) Response.StatusCode = StatusCodes.Status404NotFound;
    }

    public async Task<IActionResult> OnPostAsync(string? user, string? token, string? password, string? confirmation, CancellationToken ct)
    {
        (UserId, Token, Usable) = (user ?? "", token ?? "", true);
        if (string.IsNullOrEmpty(password) || password != confirmation)
        {
            Problem = "The two passwords are not the same.";
        }
        else
        {
            var result = await actions.SetPasswordAsync(UserId, Token, password, ct);
            (Done, Problem) = (result.Succeeded, result.Problem);
        }
        if (!Done) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
