using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>Reminders and the overdue escalation reach people: the assignee by email, or the team address while nobody is assigned; once each.</summary>
public sealed class DeadlineEmailTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task A_reminder_emails_the_assignee_with_a_link_to_the_request_page_and_no_personal_data()
    {
        var reference = await SubmitUnmatchedAsync();
        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var agentId = await db.Users.Where(u => u.Email == "agent@dsar.local").Select(u => u.Id).SingleAsync();
            // The queue's assignment action sets this; here the column is set directly.
            await db.Requests.Where(r => r.Reference == reference).ExecuteUpdateAsync(r => r.SetProperty(x => x.AssigneeId, agentId));
        });

        await AdvanceToDayAndSweepAsync(24);

        var reminder = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference), "the reminder")).Single();
        Assert.Multiple(() =>
        {
            Assert.That(reminder.To, Is.EqualTo("agent@dsar.local"));
            Assert.That(reminder.Subject, Does.StartWith("Reminder:").And.Contain("is due on"));
            Assert.That(reminder.Links, Is.EqualTo(new[] { $"http://localhost/staff/requests/{reference}" }));
            foreach (var personal in new[] { "nobody", "No Body", "example.net" })
                Assert.That(reminder.Text, Does.Not.Contain(personal).IgnoreCase, "no personal data of the requester");
        });
    }

    [Test, CancelAfter(60_000)]
    public async Task The_overdue_escalation_of_an_unassigned_request_emails_the_team_address_once_despite_duplicate_sweeps()
    {
        var reference = await SubmitUnmatchedAsync();

        await AdvanceToDayAndSweepAsync(31);
        await Task.WhenAll(App.SweepTimersAsync(), App.SweepTimersAsync());
        await App.WaitForQuietAsync();

        var mail = (await Api.MailAsync()).Where(m => m.Subject.Contains(reference)).ToList();
        var overdue = mail.Where(m => m.Subject.StartsWith("Overdue:")).ToList();
        Assert.That(overdue, Has.Count.EqualTo(1), "one escalation email, however often the sweep runs");
        Assert.That(overdue[0].To, Is.EqualTo("privacy-team@dsar.local"), "Staff:TeamEmail of the Development settings");
        Assert.That(mail.Where(m => m.Subject.StartsWith("Reminder:")).Select(m => m.To), Is.EqualTo(new[] { "privacy-team@dsar.local", "privacy-team@dsar.local" }),
            "the two reminders (7 and 2 days before), once each");
    }

    async Task<string> SubmitUnmatchedAsync()
    {
        // No account matches and an agent took it down by phone: the request waits for an agent, with nothing sent to the
        // requester (one made on the web would close by itself when its confirmation period ends).
        var reference = await App.InScopeAsync(services => services.GetRequiredService<RequestIntake>().SubmitAsync(
            new IntakeSubmission("deletion", "nobody.here", "nobody@example.net", "No Body", null), IntakeChannels.Phone, CancellationToken.None));
        await App.WaitForFirstStepsAsync();
        return reference;
    }

    async Task AdvanceToDayAndSweepAsync(int day)
    {
        App.Clock.Advance(DsarApp.DefaultStart.AddDays(day) - App.Clock.GetUtcNow());
        await Task.WhenAll(App.SweepTimersAsync(), App.SweepTimersAsync());
    }
}
