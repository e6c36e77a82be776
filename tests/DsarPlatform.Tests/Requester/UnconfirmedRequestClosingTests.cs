using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;

namespace DsarPlatform.Tests.Requester;

/// <summary>
/// #16 finding 2: a request nobody confirms, or no account matched, closes by itself when its link's lifetime ends
/// (the definition's <c>verificationLinkLifetime</c>), journaled with the reason, countable, never overdue, never reminded.
/// </summary>
public sealed class UnconfirmedRequestClosingTests : AppTest
{
    static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    [Test, CancelAfter(120_000)]
    public async Task An_unconfirmed_request_closes_itself_when_its_link_expires_journaled_countable_and_never_overdue()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.VerificationLinkAsync(reference);

        App.Clock.Advance(LinkLifetime - TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        Assert.That((await Api.RequestAsync(reference)).Outcome, Is.Null, "open while its link works");

        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var closed = await Api.RequestAsync(reference);
        Assert.That(closed.Status, Is.EqualTo("Completed"));
        Assert.That(closed.Outcome, Is.EqualTo("NotConfirmed"));
        Assert.That(closed.Journal.Single(j => j.Event == "NotConfirmed").Detail, Does.Contain("not confirmed"));
        Assert.That(await ReferencesAsync("closed=true&outcome=notConfirmed"), Is.EqualTo(new[] { reference }));

        App.Clock.Advance(TimeSpan.FromDays(45));
        await App.SweepTimersAsync();
        await App.WaitForQuietAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        Assert.That(await ReferencesAsync("overdue=true"), Is.Empty);
        Assert.That((await Api.RequestAsync(reference)).Journal.Select(j => j.Event), Has.None.AnyOf("ReminderRaised", "OverdueEscalated"));
        Assert.That((await Api.MailAsync()).Where(m => m.Subject.Contains(reference)).Select(m => m.Subject), Has.All.Contains("confirm"),
            "no deadline notice was emailed about it");
    }

    [Test, CancelAfter(120_000)]
    public async Task A_request_no_account_matched_closes_after_the_same_period_with_its_reason()
    {
        var reference = await Api.SubmitDeletionAsync("nobody.here", "nobody@example.com", "Nobody Known");
        await App.WaitForQuietAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        Assert.That((await Api.RequestAsync(reference)).Journal.Select(j => j.Event), Does.Contain("NoAccountMatched"));

        App.Clock.Advance(LinkLifetime);
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var closed = await Api.RequestAsync(reference);
        Assert.That(closed.Outcome, Is.EqualTo("NoMatchingAccount"));
        Assert.That(closed.Journal.Single(j => j.Event == "NoMatchingAccount").Detail, Does.Contain("no matching account"));
        Assert.That(await ReferencesAsync("closed=true&outcome=noMatchingAccount"), Is.EqualTo(new[] { reference }));
        Assert.That(await ReferencesAsync("overdue=false"), Does.Not.Contain(reference), "off the open list");
    }

    [Test, CancelAfter(120_000)]
    public async Task An_unmatched_request_an_agent_recorded_by_phone_stays_open_for_that_agent()
    {
        var staff = new DsarApi(App.CreateClient());
        await staff.SubmitFormAsync("/Account/Login", new() { ["email"] = "agent@dsar.local", ["password"] = "Agent-Demo-2026!" });
        var page = await staff.SubmitFormAsync("/staff/intake", new()
        {
            ["Type"] = "deletion", ["Channel"] = "phone", ["AccountId"] = "nobody.here", ["Email"] = "nobody@example.com", ["FullName"] = "Nobody Known",
        });
        var reference = System.Text.RegularExpressions.Regex.Match(page, "<span class=\"reference\">([^<]+)</span>").Groups[1].Value;
        await App.WaitForQuietAsync();

        App.Clock.Advance(LinkLifetime + TimeSpan.FromHours(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var details = await Api.RequestAsync(reference);
        Assert.That(details.Outcome, Is.Null);
        Assert.That(details.Journal.Select(j => j.Event), Does.Contain("NoAccountMatched").And.Not.Contain("NoMatchingAccount"));
    }

    [Test, CancelAfter(120_000)]
    public async Task A_confirmed_request_is_not_closed_when_its_link_would_have_expired()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await App.WaitForQuietAsync();
        App.Clock.Advance(LinkLifetime + TimeSpan.FromHours(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var details = await Api.RequestAsync(reference);
        Assert.That(details.Outcome, Is.Not.EqualTo("NotConfirmed"));
        Assert.That(details.Journal.Select(j => j.Event), Does.Not.Contain("NotConfirmed"));
    }

    async Task<string[]> ReferencesAsync(string query) =>
        (await Api.Client.GetFromJsonAsync<QueueListView>($"/api/requests?{query}"))!.Items.Select(i => i.Reference).ToArray();
}
