using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>
/// Where the organisation's provider sends staff back: the external cookie becomes the console's session only for a
/// matching staff account (see <see cref="OrganisationAccounts"/>), with that account's roles.
/// </summary>
[AllowAnonymous]
public sealed class ExternalSignInModel(OrganisationAccounts accounts, SignInManager<StaffUser> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || await accounts.MatchAsync(external.Principal) is not { } user)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: OrganisationSignIn.Scheme);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : await StaffHome.ForAsync(signIn.UserManager, user));
    }
}
