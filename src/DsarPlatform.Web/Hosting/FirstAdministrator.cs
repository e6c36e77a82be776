using System.Security.Claims;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// A new deployment has no administrator to invite anyone. With <c>Staff:FirstAdminEmail</c> set, the first start
/// that finds no Admin invites that address as Admin (the invitation email carries the set-password link); once an
/// administrator exists the setting does nothing, so it is safe to leave in place.
/// </summary>
static class FirstAdministrator
{
    public static async Task InviteIfNoneAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        if (configuration["Staff:FirstAdminEmail"] is not { Length: > 0 } email) return;
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if ((await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count > 0) return;

        var system = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "system")], "startup"));
        var result = await services.GetRequiredService<StaffAccountActions>().InviteAsync(system, email, [StaffRoles.Admin], cancellationToken);
        if (result is { Succeeded: false, Problem: { } why })
            throw new InvalidOperationException($"Inviting the first administrator (Staff:FirstAdminEmail) failed: {why}");
    }
}
