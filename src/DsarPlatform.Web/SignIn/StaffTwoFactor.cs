using System.Security.Claims;
using DsarPlatform.Web.Hosting;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.SignIn;

/// <summary>
/// Two-factor sign-in for staff: required for administrators (the Admins policy asks for the proof), optional for others.
/// A session proves it by Identity's <c>amr=mfa</c> claim, or by having come through the organisation's provider, which
/// enforces its own factors.
/// </summary>
public static class StaffTwoFactor
{
    public const string EnrolPage = "/Account/TwoFactor";
    public const string SecondStepPage = "/Account/LoginTwoFactor";
    public const int RecoveryCodeCount = 10;
    const string MfaClaim = "amr";
    const string MfaValue = "mfa";

    public static bool IsProven(ClaimsPrincipal user) =>
        user.HasClaim(MfaClaim, MfaValue) || user.HasClaim(ClaimTypes.AuthenticationMethod, OrganisationSignIn.Scheme);

    public static Claim Proof => new(MfaClaim, MfaValue);

    /// <summary>An administrator without an authenticator is sent to enrol before anything else.</summary>
    public static async Task<bool> MustEnrolAsync(UserManager<StaffUser> users, StaffUser user) =>
        !await users.GetTwoFactorEnabledAsync(user) && await users.IsInRoleAsync(user, StaffRoles.Admin);

    /// <summary>Identity rebuilds the session's claims every so often (security stamp check); the proof must survive it.</summary>
    public static Task KeepProof(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is { } current && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in current.Claims.Where(c => c.Type is MfaClaim or ClaimTypes.AuthenticationMethod))
            {
                if (!identity.HasClaim(claim.Type, claim.Value)) identity.AddClaim(new Claim(claim.Type, claim.Value));
            }
        }
        return Task.CompletedTask;
    }
}
