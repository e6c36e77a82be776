using DsarPlatform.Web.Development;

namespace DsarPlatform.Tests.Support;

/// <summary>The authenticator keys of the demo accounts that sign in with two factors: the administrator, as the README says.</summary>
public static class DemoAuthenticators
{
    public static readonly IReadOnlyDictionary<string, string> Keys = new Dictionary<string, string>
    {
        ["admin@dsar.local"] = DemoStaff.AdminAuthenticatorKey,
    };

    /// <summary>The code the account's authenticator app shows now, or null for an account without two factors.</summary>
    public static string? CodeFor(string email) => Keys.TryGetValue(email, out var key) ? Totp.Now(key) : null;
}
