using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>Finding 4 of issue 16: a member of staff hears by email when someone tries passwords on their account, once per window.</summary>
[TestFixture, CancelAfter(120_000)]
public class StaffSignInAlertTests
{
    const string Template = "staff-sign-in-alert";

    [Test]
    public async Task The_holder_is_emailed_once_per_window_while_their_account_collects_failures_and_unknown_emails_get_nothing()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?>
        {
            ["Staff:SignInThrottle:FreeFailures"] = "100000",
            ["Staff:SignInThrottle:AlertAfterFailures"] = "4",
            ["Staff:SignInThrottle:Window"] = "00:15:00",
        });
        try
        {
            foreach (var n in Enumerable.Range(1, 10))
            {
                var attacker = new StaffBrowser(app.CreateClientFrom(IPAddress.Parse($"198.51.100.{n}")));
                await attacker.SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");
                await attacker.SignInAsync("nobody@dsar.local", "not-the-password-2026!");
                app.Clock.Advance(TimeSpan.FromSeconds(20));
            }

            var alerts = await Eventually.GetAsync(() => AlertsAsync(app), a => a.Count > 0, "the alert email");
            await Task.Delay(500); // a second alert, if one were queued, would land by now
            alerts = await AlertsAsync(app);
            Assert.That(alerts.Select(a => a.To), Is.EqualTo(new[] { StaffBrowser.AgentEmail }));
            Assert.That(alerts.Single().TextBody, Does.Contain("not locked").And.Not.Contain("198.51.100"));

            // The window passes; the attack goes on: a second email.
            app.Clock.Advance(TimeSpan.FromMinutes(16));
            for (var i = 0; i < 4; i++) await new StaffBrowser(app).SignInAsync(StaffBrowser.AgentEmail, "not-the-password-2026!");
            await Eventually.GetAsync(() => AlertsAsync(app), a => a.Count == 2, "the next window's alert");
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    static Task<List<DsarPlatform.Workflows.Notifications.OutgoingEmail>> AlertsAsync(DsarApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().OutgoingEmails.AsNoTracking()
            .Where(m => m.Template == Template).ToListAsync());
}
