using System.Security.Claims;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// Which staff account an organisation sign-in stands for: an invited account (never one made here) whose email is
/// the token's email claim, and that is not locked. Nothing else is accepted.
/// </summary>
public sealed class OrganisationAccounts(StaffUserManager users)
{
    public const string Refusal = "Your organisation's sign-in worked, but it does not match an active staff account here. Ask an administrator for an invitation.";

    public async Task<StaffUser?> MatchAsync(ClaimsPrincipal external)
    {
        var email = external.FindFirstValue("email") ?? external.FindFirstValue(ClaimTypes.Email);
        // A provider that says the address is not verified does not prove the person owns it.
        if (string.IsNullOrWhiteSpace(email) || external.FindFirstValue("email_verified") is "false" or "False") return null;
        if (await users.FindByEmailAsync(email) is not { } user) return null;
        if (!string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase)) return null;
        return await users.IsLockedOutAsync(user) ? null : user;
    }
}
