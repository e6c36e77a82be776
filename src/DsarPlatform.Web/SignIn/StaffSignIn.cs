using DsarPlatform.Web.Audit;
using DsarPlatform.Web.Security;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.SignIn;

/// <summary>
/// Staff sign-in by password (page and API) and by authenticator code, with one answer for an unknown email, a wrong
/// password and a locked account, in the same time (an unknown email still costs a password hash), throttled by
/// <see cref="SignInThrottle"/> instead of Identity's lockout, and an email to the holder when their account is under attack.
/// Every outcome is appended to the audit chain with the account id (or "unknown"), never the email typed.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, SignInThrottle throttle, SignInAlertQueue alerts,
    SignInThrottleSettings settings, IHttpContextAccessor http, AuditRecorder audit)
{
    // A real hash of a random secret by the configured hasher, made once: checking it costs what a real account's check costs.
    static string? _dummyHash;

    UserManager<StaffUser> Users => signIn.UserManager;

    /// <param name="scheme">Where a success signs in: the console's cookie or the API's bearer token.</param>
    /// <param name="twoFactorCode">For the API, which has no second page: the authenticator code sent with the password.</param>
    public async Task<StaffSignInResult> PasswordAsync(string? email, string? password, string scheme, string? twoFactorCode = null)
    {
        (email, password) = ((email ?? "").Trim(), password ?? "");
        var source = Source();
        var wait = await throttle.ClaimAsync(email, source);
        if (wait > TimeSpan.Zero) return new StaffSignInResult(StaffSignInOutcome.Wait, RetryAfter: wait);

        var user = email.Length == 0 ? null : await Users.FindByEmailAsync(email);
        var matches = user?.PasswordHash is not null ? await Users.CheckPasswordAsync(user, password) : VerifyDummy(password);
        if (user is null || !matches || await Users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            return await FailedAsync(user);
        }

        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: false);
        if (result.RequiresTwoFactor && !string.IsNullOrWhiteSpace(twoFactorCode))
        {
            result = await signIn.TwoFactorAuthenticatorSignInAsync(Digits(twoFactorCode), isPersistent: false, rememberClient: false);
            if (!result.Succeeded) return await FailedAsync(user);
        }
        if (result.RequiresTwoFactor)
        {
            // The password was right: not a failure; the second step claims a try of its own.
            await throttle.ReleaseAsync();
            await audit.RecordAsync(AuditKinds.SignIn, "SignInNeedsSecondFactor", user.Id, "");
            return new StaffSignInResult(StaffSignInOutcome.SecondStepNeeded, user);
        }
        if (!result.Succeeded) return await FailedAsync(user);
        await throttle.SucceededAsync(email, source);
        await audit.RecordAsync(AuditKinds.SignIn, "SignInPasswordAccepted", user.Id, "");
        return new StaffSignInResult(StaffSignInOutcome.SignedIn, user);
    }

    /// <summary>The second step: an authenticator code, or one of the recovery codes shown at enrolment (each works once).</summary>
    public async Task<StaffSignInResult> SecondStepAsync(string? code, string? recoveryCode)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return StaffSignInResult.Refused;
        var (email, source) = (user.Email ?? user.Id, Source());
        var wait = await throttle.ClaimAsync(email, source);
        if (wait > TimeSpan.Zero) return new StaffSignInResult(StaffSignInOutcome.Wait, RetryAfter: wait);

        signIn.AuthenticationScheme = IdentityConstants.ApplicationScheme;
        var result = !string.IsNullOrWhiteSpace(recoveryCode)
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode.Replace(" ", "", StringComparison.Ordinal).Trim())
            : await signIn.TwoFactorAuthenticatorSignInAsync(Digits(code ?? ""), isPersistent: false, rememberClient: false);
        if (!result.Succeeded) return await FailedAsync(user);
        await throttle.SucceededAsync(email, source);
        await audit.RecordAsync(AuditKinds.SignIn, "SignInSecondFactorAccepted", user.Id, "");
        return new StaffSignInResult(StaffSignInOutcome.SignedIn, user);
    }

    async Task<StaffSignInResult> FailedAsync(StaffUser? user)
    {
        // Unknown and known accounts both cost one write here, so the record adds no timing difference.
        await audit.RecordAsync(AuditKinds.SignIn, user is null ? "SignInFailedUnknownAccount" : "SignInFailed", user?.Id ?? "unknown", "");
        // The claim already counts the try; every so many failures an alert is queued (not sent here, so that answer takes
        // no longer for a real account); the alert itself keeps to one per window.
        if (user is not null && throttle.AccountFailures % settings.AlertAfterFailures == 0) alerts.Enqueue(user.Id);
        return StaffSignInResult.Refused;
    }

    string Source() => http.HttpContext is { } context ? PublicEndpoints.ClientAddress(context) : "unknown";

    bool VerifyDummy(string password)
    {
        var hasher = Users.PasswordHasher;
        _dummyHash ??= hasher.HashPassword(new StaffUser(), Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(new StaffUser(), _dummyHash, password);
        return false;
    }

    static string Digits(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
