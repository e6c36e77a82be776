using System.Text;
using DsarPlatform.Web.SignIn;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Account;

/// <summary>
/// Enrolment in two-factor sign-in with an authenticator app: the shared key and its otpauth address as text (typed or
/// pasted into the app), a code from the app to prove it, then recovery codes shown once. Required for administrators.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    const string Issuer = "DSAR console";

    public bool Enabled { get; private set; }
    public string? SharedKey { get; private set; }
    public string? AuthenticatorUri { get; private set; }
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];
    public string? Problem { get; private set; }
    public string? NextPage { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return await ShowAsync(user);
        var digits = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            Problem = "That code is not right. Check the key in the app and type the code it shows now.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(user);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, StaffTwoFactor.RecoveryCodeCount))?.ToList() ?? [];
        // The session now carries the proof the Admins policy asks for.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [StaffTwoFactor.Proof]);
        return await ShowAsync(user);
    }

    /// <summary>New recovery codes replace the old ones (for a member who used or lost theirs).</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, StaffTwoFactor.RecoveryCodeCount))?.ToList() ?? [];
        }
        return await ShowAsync(user);
    }

    async Task<IActionResult> ShowAsync(StaffUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        NextPage = await Hosting.StaffHome.ForAsync(users, user);
        if (Enabled) return Page();
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            // Resetting the key renews the security stamp: renew the session with it.
            await signIn.RefreshSignInAsync(user);
        }
        SharedKey = Grouped(key);
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? user.Id)}"
            + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return Page();
    }

    static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
