using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>A new deployment (no demo staff outside Development) gets its first administrator from a setting.</summary>
public sealed class FirstAdministratorTests
{
    const string FirstAdmin = "first.admin@example.org";

    [Test, CancelAfter(120_000)]
    public async Task Without_any_administrator_the_configured_address_is_invited_as_admin_once()
    {
        var settings = new Dictionary<string, string?> { ["Staff:FirstAdminEmail"] = FirstAdmin };
        var app = new DsarApp(environment: "Production", settings: settings);
        try
        {
            app.CreateClient();
            var (roles, invitations, changes) = await ReadAsync(app);
            Assert.That(roles, Is.EqualTo(new[] { StaffRoles.Admin }));
            Assert.That(invitations, Is.EqualTo(1), "one invitation email with the set-password link");
            Assert.That(changes, Is.EqualTo(new (StaffChangeEvent, string?)[] { (StaffChangeEvent.Invited, "system") }));

            await app.DisposeAsync();
            app = new DsarApp(dataFolder: app.DataFolder, environment: "Production", settings: settings);
            app.CreateClient();
            Assert.That((await ReadAsync(app)).Invitations, Is.EqualTo(1), "a later start finds the administrator and invites nobody");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static Task<(IList<string> Roles, int Invitations, List<(StaffChangeEvent, string?)> Changes)> ReadAsync(DsarApp app) =>
        app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByEmailAsync(FirstAdmin);
            Assert.That(user, Is.Not.Null, "the first administrator's account");
            var db = services.GetRequiredService<DsarDbContext>();
            var to = db.BlindIndex(FirstAdmin); // the address is sealed at rest: found by its blind index
            var invitations = await db.OutgoingEmails.CountAsync(e => EF.Property<string?>(e, PersonalData.IndexOf(nameof(OutgoingEmail.To))) == to);
            var changes = (await db.StaffChanges.Where(c => c.TargetUserId == user!.Id).ToListAsync()).Select(c => (c.Event, c.ActorUserId)).ToList();
            return (await users.GetRolesAsync(user!), invitations, changes);
        });
}
