using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Development;

/// <summary>
/// Development's staff accounts (passwords in the README). Never seeded in other environments. The administrator must
/// sign in with two factors, so it comes enrolled with a fixed, published authenticator key: add it to any authenticator app.
/// </summary>
public static class DemoStaff
{
    /// <summary>The demo administrator's authenticator key (base32). Public, like the demo passwords: Development only.</summary>
    public const string AdminAuthenticatorKey = "DSARDEMOADMINTOTPKEYFORDEV234567";

    static readonly (string Email, string Password, string Role)[] Accounts =
    [
        ("agent@dsar.local", "Agent-Demo-2026!", StaffRoles.Agent),
        ("auditor@dsar.local", "Auditor-Demo-2026!", StaffRoles.Auditor),
        ("admin@dsar.local", "Admin-Demo-2026!", StaffRoles.Admin),
    ];

    public static async Task SeedAsync(IServiceProvider services)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        foreach (var (email, password, role) in Accounts)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password));
            Check(await users.AddToRoleAsync(user, role));
            if (role == StaffRoles.Admin) await EnrolAuthenticatorAsync(services, users, user);
        }
    }

    static async Task EnrolAuthenticatorAsync(IServiceProvider services, UserManager<StaffUser> users, StaffUser user)
    {
        var keys = (IUserAuthenticatorKeyStore<StaffUser>)services.GetRequiredService<IUserStore<StaffUser>>();
        await keys.SetAuthenticatorKeyAsync(user, AdminAuthenticatorKey, CancellationToken.None);
        Check(await users.UpdateAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Seeding staff failed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}
