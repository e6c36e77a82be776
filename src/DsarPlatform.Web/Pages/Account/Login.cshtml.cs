using DsarPlatform.Web.Hosting;
using DsarPlatform.Web.SignIn;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>
/// Staff sign in with their Identity account (cookie), or through the organisation's provider when configured. An unknown
/// email, a wrong password and a locked account get the same answer; failures slow further tries (<see cref="StaffSignIn"/>).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(StaffSignIn staffSignIn, UserManager<StaffUser> users, IAuthenticationSchemeProvider schemes) : PageModel
{
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
        var result = await staffSignIn.PasswordAsync(email, password, IdentityConstants.ApplicationScheme);
        switch (result.Outcome)
        {
            case StaffSignInOutcome.SignedIn:
                return LocalRedirect(await NextPageAsync(users, result.User!, returnUrl, Url));
            case StaffSignInOutcome.SecondStepNeeded:
                return RedirectToPage(StaffTwoFactor.SecondStepPage, new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
            case StaffSignInOutcome.Wait:
                Problem = result.WaitMessage;
                Response.Headers.RetryAfter = result.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return Page();
            default:
                Problem = StaffSignInResult.RefusedMessage;
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }
    }

    /// <summary>Sends the browser to the organisation's provider; it comes back to <c>/Account/ExternalSignIn</c>.</summary>
    public async Task<IActionResult> OnPostOrganisationAsync(string? returnUrl)
    {
        if (await schemes.GetSchemeAsync(Hosting.OrganisationSignIn.Scheme) is null) return NotFound();
        var back = Url.Page("/Account/ExternalSignIn", new { returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : null });
        return Challenge(new AuthenticationProperties { RedirectUri = back }, Hosting.OrganisationSignIn.Scheme);
    }

    /// <summary>After sign-in: an administrator without an authenticator enrols first; then the page asked for, or home.</summary>
    public static async Task<string> NextPageAsync(UserManager<StaffUser> users, StaffUser user, string? returnUrl, IUrlHelper url)
    {
        if (await StaffTwoFactor.MustEnrolAsync(users, user)) return StaffTwoFactor.EnrolPage;
        return url.IsLocalUrl(returnUrl) ? returnUrl! : await StaffHome.ForAsync(users, user);
    }
}
