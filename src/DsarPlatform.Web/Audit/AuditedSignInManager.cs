using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// Identity's sign-in manager, with every password sign-in (page or API, success or failure) appended to the audit chain:
/// the account id and the outcome, never the email typed.
/// </summary>
public sealed class AuditedSignInManager(UserManager<StaffUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<StaffUser> confirmation, AuditRecorder recorder)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
        // A known account's outcome was recorded by CheckPasswordSignInAsync; here only the unknown one.
        if (result == SignInResult.Failed && await UserManager.FindByNameAsync(userName) is null)
            await recorder.RecordAsync(AuditKinds.SignIn, "SignInFailedUnknownAccount", "unknown", "");
        return result;
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(StaffUser user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        await recorder.RecordAsync(AuditKinds.SignIn, Outcome(result), user.Id, "");
        return result;
    }

    static string Outcome(SignInResult result) => result switch
    {
        { Succeeded: true } => "SignInPasswordAccepted",
        { IsLockedOut: true } => "SignInLockedOut",
        { RequiresTwoFactor: true } => "SignInNeedsSecondFactor",
        { IsNotAllowed: true } => "SignInNotAllowed",
        _ => "SignInFailed",
    };
}
