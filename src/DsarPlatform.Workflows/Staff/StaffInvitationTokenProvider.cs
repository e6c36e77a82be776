using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Staff;

/// <summary>
/// The set-password token of an invitation: protected, tied to the account and its security stamp (so setting the
/// password, which renews the stamp, spends it), and expiring by the application's clock rather than the system's.
/// </summary>
public sealed class StaffInvitationTokenProvider(IDataProtectionProvider protection, TimeProvider clock, IOptions<StaffInvitationOptions> options)
    : IUserTwoFactorTokenProvider<StaffUser>
{
    public const string Name = "StaffInvitation";

    readonly IDataProtector _protector = protection.CreateProtector("DsarPlatform.StaffInvitation");

    public async Task<string> GenerateAsync(string purpose, UserManager<StaffUser> manager, StaffUser user)
    {
        var expires = clock.GetUtcNow().Add(options.Value.Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var payload = string.Join('\n', expires, await manager.GetUserIdAsync(user), purpose, await manager.GetSecurityStampAsync(user));
        return WebEncoders.Base64UrlEncode(_protector.Protect(System.Text.Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<StaffUser> manager, StaffUser user)
    {
        string[] parts;
        try
        {
            parts = System.Text.Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
        return parts.Length == 4
            && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var expires) && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            && parts[1] == await manager.GetUserIdAsync(user) && parts[2] == purpose
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<StaffUser> manager, StaffUser user) => Task.FromResult(false);
}
