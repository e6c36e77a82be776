using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;
using DsarPlatform.Web.Development;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>
/// The clock's edges through the running product: a paused request is overdue nowhere and keeps its days left, a resume
/// moves the due date by whole local days to the end of a local day, and each reminder and the escalation fire once.
/// </summary>
public sealed class PausedClockTests : AppTest
{
    const string Agent = "agent@dsar.local";
    const string AgentPassword = "Agent-Demo-2026!";
    static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Test, CancelAfter(120_000)]
    public async Task A_paused_request_is_never_overdue_and_resumes_by_whole_local_days_at_the_end_of_a_local_day()
    {
        var reference = await OpenRequestAsync();
        var before = await Api.RequestAsync(reference);
        Assert.That(before.DueAtUtc, Is.EqualTo(Utc("2026-12-03T07:59:59.9999999Z")), "received 2 November: due at the end of 2 December, Pacific time");

        await WaitingRequests.SweepOnDayAsync(App, 25); // Friday 27 November, 09:00 local
        var question = await AskAsync(reference);

        await WaitingRequests.SweepOnDayAsync(App, 31); // Thursday 3 December: a day past the first due date
        await Api.SignInAsync(Agent, AgentPassword);
        var paused = await Api.RequestAsync(reference);
        Assert.That((paused.Paused, paused.DaysLeft), Is.EqualTo((true, 5)), "the days left when the clock stopped (27 November → 2 December)");
        Assert.That(paused.Journal.Select(j => j.Event), Does.Not.Contain("OverdueEscalated"));
        var row = (await Api.Client.GetFromJsonAsync<QueueListView>("/api/requests"))!.Items.Single(i => i.Reference == reference);
        Assert.That((row.Overdue, row.Paused, row.DaysLeft), Is.EqualTo((false, true, 5)));
        Assert.That((await Api.Client.GetFromJsonAsync<QueueListView>("/api/requests?overdue=true"))!.Items.Select(i => i.Reference), Does.Not.Contain(reference));
        var staff = new DsarApi(App.CreateClient());
        await staff.SignInWithCookieAsync(Agent, AgentPassword);
        Assert.That(await staff.Client.GetStringAsync($"/staff/requests/{reference}"), Does.Not.Contain("overdue by"));
        Assert.That(await staff.Client.GetStringAsync("/staff"), Does.Not.Contain("overdue ("));

        var requester = new DsarApi(App.CreateClient());
        Assert.That(await requester.OpenStatusAsync(DsarApi.StatusLink(question)), Does.Contain("the clock is paused").And.Not.Contain("overdue"));
        await requester.SubmitFormAsync("/status", new() { ["Answer"] = "+1 555 555 0102" }, handler: "Answer");

        await Api.SignInAsync(Agent, AgentPassword);
        var resumed = await Api.RequestAsync(reference);
        Assert.That(resumed.DueAtUtc, Is.EqualTo(Utc("2026-12-09T07:59:59.9999999Z")), "paused six local days: due at the end of 8 December");
        var localEnd = TimeZoneInfo.ConvertTimeFromUtc(resumed.DueAtUtc.AddTicks(1), Pacific);
        Assert.That(localEnd.TimeOfDay, Is.EqualTo(TimeSpan.Zero), "the due instant is the end of a local day");
        Assert.That((resumed.Paused, resumed.DaysLeft), Is.EqualTo((false, 5)));
    }

    [Test, CancelAfter(180_000)]
    public async Task Reminders_and_the_overdue_escalation_fire_once_across_pause_resume_and_extension()
    {
        var reference = await OpenRequestAsync(); // due at the end of 2 December; reminders 7 and 2 days before

        await WaitingRequests.SweepOnDayAsync(App, 25);
        Assert.That(await NoticesAsync(), Is.EqualTo(new[] { "reminder-7d" }));
        var question = await AskAsync(reference);

        await WaitingRequests.SweepOnDayAsync(App, 31);
        Assert.That(await NoticesAsync(), Is.EqualTo(new[] { "reminder-7d" }), "paused past the due date: no escalation, no reminder");
        var requester = new DsarApi(App.CreateClient());
        await requester.OpenStatusAsync(DsarApi.StatusLink(question));
        await requester.SubmitFormAsync("/status", new() { ["Answer"] = "+1 555 555 0102" }, handler: "Answer"); // due: end of 8 December
        await WaitingRequests.SweepOnDayAsync(App, 31);
        Assert.That(await NoticesAsync(), Is.EqualTo(new[] { "reminder-7d" }), "the resume makes no reminder due again");

        await WaitingRequests.SweepOnDayAsync(App, 36); // 8 December
        Assert.That(await NoticesAsync(), Is.EqualTo(new[] { "reminder-2d", "reminder-7d" }));
        await Api.SignInAsync(Agent, AgentPassword);
        var extend = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/extend", new { days = 10, reason = "Your history spans several systems." });
        Assert.That(extend.IsSuccessStatusCode, Is.True, await extend.Content.ReadAsStringAsync()); // due: end of 18 December

        foreach (var day in new[] { 41, 45, 47, 60, 60 }) await WaitingRequests.SweepOnDayAsync(App, day);
        Assert.That(await NoticesAsync(), Is.EqualTo(new[] { "overdue", "reminder-2d", "reminder-2d-extended", "reminder-7d", "reminder-7d-extended" }));
        await Api.SignInAsync(Agent, AgentPassword);
        var journal = (await Api.RequestAsync(reference)).Journal;
        Assert.That(journal.Count(j => j.Event == "OverdueEscalated"), Is.EqualTo(1));
        Assert.That(journal.Count(j => j.Event == "ReminderRaised"), Is.EqualTo(4));
    }

    async Task<string> OpenRequestAsync()
    {
        var reference = await WaitingRequests.AccessAwaitingAgentAsync(App, Api);
        await Api.SignInAsync(Agent, AgentPassword);
        await Api.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the wait for an agent's decision");
        return reference;
    }

    async Task<CapturedEmail> AskAsync(string reference)
    {
        await Api.SignInAsync(Agent, AgentPassword);
        var ask = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/request-information", new { message = "Which phone number did you use last?" });
        Assert.That(ask.IsSuccessStatusCode, Is.True, await ask.Content.ReadAsStringAsync());
        return (await Api.WaitForMailAsync(m => m.Subject.Contains("more information"), "the question")).Single();
    }

    Task<string[]> NoticesAsync() =>
        App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().AgentNotices
            .Where(n => n.Kind == TimerKind.Reminder || n.Kind == TimerKind.Overdue).Select(n => n.Key).OrderBy(k => k).ToArrayAsync());

    static DateTime Utc(string instant) =>
        DateTime.Parse(instant, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}
