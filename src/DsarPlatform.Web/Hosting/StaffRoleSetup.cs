using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;

namespace DsarPlatform.Web.Hosting;

/// <summary>The staff roles exist in every environment, so an administrator can give them from the first start.</summary>
static class StaffRoleSetup
{
    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (await roles.RoleExistsAsync(role)) continue;
            var created = await roles.CreateAsync(new IdentityRole(role));
            if (!created.Succeeded) throw new InvalidOperationException($"Creating the role {role} failed: " + string.Join("; ", created.Errors.Select(e => e.Code)));
        }
    }
}
