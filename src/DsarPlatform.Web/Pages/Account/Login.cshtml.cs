using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>Staff sign in with their Identity account (cookie); repeated failures lock the account for a while.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
{
    public string? ReturnUrl { get; private set; }
    public string? Email { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        (Email, ReturnUrl) = (email, returnUrl);
        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = await signIn.PasswordSignInAsync(email ?? "", password ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/staff");
        Problem = result.IsLockedOut ? "Too many failed sign-ins: this account is locked for a while. Try again later or ask an administrator."
            : "Wrong email or password.";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }
}
