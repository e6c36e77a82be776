using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Hosting;

/// <summary>Where a member of staff lands after sign-in: the queue for agents and auditors, the staff accounts page for an administrator only.</summary>
public static class StaffHome
{
    public const string Queue = "/staff";
    public const string StaffAccounts = "/admin/staff";

    public static async Task<string> ForAsync(UserManager<StaffUser> users, StaffUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return roles.Contains(StaffRoles.Agent) || roles.Contains(StaffRoles.Auditor) || !roles.Contains(StaffRoles.Admin) ? Queue : StaffAccounts;
    }
}
