using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>
/// Staff sign in with their Identity account (cookie), or through the organisation's provider when configured;
/// repeated failures lock the account for a while.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<StaffUser> signIn, IAuthenticationSchemeProvider schemes) : PageModel
{
    public const string LockedOut = "This account is locked. Try again later or ask an administrator.";

    public string? ReturnUrl { get; private set; }
    public string? Email { get; private set; }
    public string? Problem { get; private set; }
    public bool OrganisationSignIn { get; private set; }

    public async Task OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        OrganisationSignIn = await schemes.GetSchemeAsync(Hosting.OrganisationSignIn.Scheme) is not null;
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        (Email, ReturnUrl) = (email, returnUrl);
        OrganisationSignIn = await schemes.GetSchemeAsync(Hosting.OrganisationSignIn.Scheme) is not null;
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email ?? "", password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (Url.IsLocalUrl(returnUrl)) return LocalRedirect(returnUrl!);
            return LocalRedirect(await StaffHome.ForAsync(signIn.UserManager, (await signIn.UserManager.FindByEmailAsync(email!))!));
        }
        Problem = result.IsLockedOut ? LockedOut : "Wrong email or password.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    /// <summary>Sends the browser to the organisation's provider; it comes back to <c>/Account/ExternalSignIn</c>.</summary>
    public async Task<IActionResult> OnPostOrganisationAsync(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(Hosting.OrganisationSignIn.Scheme) is null) return NotFound();
        var back = Url.Page("/Account/ExternalSignIn", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        return Challenge(new AuthenticationProperties { RedirectUri = back }, Hosting.OrganisationSignIn.Scheme);
    }
}
