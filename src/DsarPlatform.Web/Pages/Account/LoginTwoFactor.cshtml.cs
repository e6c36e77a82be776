using DsarPlatform.Web.SignIn;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>The second step of a staff sign-in: the code from the authenticator app, or a recovery code.</summary>
[AllowAnonymous]
public sealed class LoginTwoFactorModel(StaffSignIn staffSignIn, SignInManager<StaffUser> signIn) : PageModel
{
    public string? ReturnUrl { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Account/Login");
        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? recoveryCode, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Account/Login");
        var result = await staffSignIn.SecondStepAsync(code, recoveryCode);
        if (result.Succeeded) return LocalRedirect(await LoginModel.NextPageAsync(signIn.UserManager, result.User!, returnUrl, Url));
        Problem = result.Outcome == StaffSignInOutcome.Wait ? result.WaitMessage : "That code is not right. Try the next code the app shows.";
        Response.StatusCode = result.Outcome == StaffSignInOutcome.Wait ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
        return Page();
    }
}
