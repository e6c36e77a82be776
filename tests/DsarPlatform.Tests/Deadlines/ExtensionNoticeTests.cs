using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>
/// Extensions as the policy allows: at most its limit, and where it says <c>extensionNoticeBeforeDue</c> (GDPR, CCPA),
/// only before the original due date; the reasons are emailed at once.
/// </summary>
public sealed partial class ExtensionNoticeTests
{
    const string Agent = "agent@dsar.local";
    const string AgentPassword = "Agent-Demo-2026!";

    [Test, CancelAfter(120_000)]
    public async Task An_extension_after_the_original_due_date_is_refused_where_notice_is_due_before_it()
    {
        await using var scenario = await Scenario.StartAsync(noticeBeforeDue: true);
        await WaitingRequests.SweepOnDayAsync(scenario.App, 31); // a day past the due date, 2 December

        await scenario.Api.SignInAsync(Agent, AgentPassword);
        var late = await scenario.Api.Client.PostAsJsonAsync($"/api/requests/{scenario.Reference}/extend", new { days = 10, reason = "Late." });
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("before the original due date, 2026-12-02"));

        var staff = new DsarApi(scenario.App.CreateClient());
        await staff.SignInWithCookieAsync(Agent, AgentPassword);
        var page = $"/staff/requests/{scenario.Reference}";
        var version = VersionField().Match(await staff.Client.GetStringAsync(page)).Groups[1].Value;
        var posted = await staff.PostFormAsync(page, new() { ["days"] = "10", ["reason"] = "Late.", ["Confirm"] = "true", ["Version"] = version }, handler: "Extend");
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await posted.Content.ReadAsStringAsync(), Does.Contain("before the original due date"));
        Assert.That((await scenario.Api.RequestAsync(scenario.Reference)).ExtendedAtUtc, Is.Null);
    }

    [Test, CancelAfter(120_000)]
    public async Task An_extension_before_the_original_due_date_is_accepted_up_to_the_limit_and_its_reasons_emailed_at_once()
    {
        await using var scenario = await Scenario.StartAsync(noticeBeforeDue: true);
        await WaitingRequests.SweepOnDayAsync(scenario.App, 29);
        await scenario.Api.SignInAsync(Agent, AgentPassword);
        var before = await scenario.Api.RequestAsync(scenario.Reference);

        var tooFar = await scenario.Api.Client.PostAsJsonAsync($"/api/requests/{scenario.Reference}/extend", new { days = 61, reason = "Complex." });
        Assert.That(tooFar.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var upToTheLimit = await scenario.Api.Client.PostAsJsonAsync($"/api/requests/{scenario.Reference}/extend", new { days = 60, reason = "Your history spans several systems." });
        Assert.That(upToTheLimit.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await upToTheLimit.Content.ReadAsStringAsync());

        Assert.That((await scenario.Api.RequestAsync(scenario.Reference)).DueAtUtc, Is.EqualTo(before.DueAtUtc.AddDays(60)));
        var email = (await scenario.Api.WaitForMailAsync(m => m.Subject.Contains("more time"), "the extension email")).Single();
        Assert.That((email.To, email.Text.Contains("several systems")), Is.EqualTo(("bob@example.com", true)));
    }

    [Test, CancelAfter(120_000)]
    public async Task Without_that_rule_a_late_extension_is_accepted_to_a_date_still_ahead()
    {
        await using var scenario = await Scenario.StartAsync(noticeBeforeDue: false);
        await WaitingRequests.SweepOnDayAsync(scenario.App, 32);
        await scenario.Api.SignInAsync(Agent, AgentPassword);

        var stillLate = await scenario.Api.Client.PostAsJsonAsync($"/api/requests/{scenario.Reference}/extend", new { days = 1, reason = "Late." });
        Assert.That(stillLate.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a new due date already past helps nobody");
        var late = await scenario.Api.Client.PostAsJsonAsync($"/api/requests/{scenario.Reference}/extend", new { days = 10, reason = "Late, sorry." });
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await late.Content.ReadAsStringAsync());
    }

    sealed class Scenario : IAsyncDisposable
    {
        readonly DefinitionsCopy _definitions = new();

        Scenario(bool noticeBeforeDue)
        {
            if (noticeBeforeDue) _definitions.Edit("access.json", "\"extensionLimit\": \"P60D\",", "\"extensionLimit\": \"P60D\",\n    \"extensionNoticeBeforeDue\": true,");
            App = new DsarApp(settings: _definitions.Settings);
            Api = new DsarApi(App.CreateClient());
        }

        public DsarApp App { get; }
        public DsarApi Api { get; }
        public string Reference { get; private set; } = null!;

        public static async Task<Scenario> StartAsync(bool noticeBeforeDue)
        {
            var scenario = new Scenario(noticeBeforeDue);
            scenario.Reference = await WaitingRequests.AccessAwaitingAgentAsync(scenario.App, scenario.Api);
            await scenario.Api.SignInAsync(Agent, AgentPassword);
            await scenario.Api.WaitForRequestAsync(scenario.Reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the wait for an agent's decision");
            return scenario;
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            App.DeleteDataFolder();
            _definitions.Dispose();
        }
    }

    [GeneratedRegex("name=\"Version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();
}
