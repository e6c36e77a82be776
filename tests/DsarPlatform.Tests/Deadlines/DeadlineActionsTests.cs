using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>Agents move due dates only as the policy allows, and the requester's answer resumes a paused clock.</summary>
public sealed class DeadlineActionsTests
{
    DsarApp _app = null!;
    DsarApi _agent = null!;
    string _reference = null!;

    [SetUp]
    public async Task SubmitRequest()
    {
        _app = new DsarApp();
        _agent = new DsarApi(_app.CreateClient());
        _reference = await _agent.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await _agent.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await _app.WaitForFirstStepsAsync();
    }

    [TearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test, CancelAfter(60_000)]
    public async Task One_extension_within_the_limit_moves_the_due_date_and_tells_the_requester_why()
    {
        var before = await _agent.RequestAsync(_reference);
        var response = await _agent.Client.PostAsJsonAsync($"/api/requests/{_reference}/extend", new { days = 30, reason = "Your billing history spans several systems." });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());

        var after = await _agent.RequestAsync(_reference);
        Assert.That(after.DueAtUtc, Is.EqualTo(before.DueAtUtc.AddDays(30)));
        Assert.That(after.DaysLeft, Is.EqualTo(before.DaysLeft + 30));
        var journal = after.Journal.Single(j => j.Event == "DeadlineExtended");
        Assert.That(journal.Role, Is.EqualTo("Agent"));
        Assert.That(journal.Actor, Does.Not.Contain("@"), "the journal names staff by id, not by email");
        var email = (await _agent.WaitForMailAsync(m => m.Subject.Contains("more time"), "the extension email")).Single();
        Assert.That(email.To, Is.EqualTo("bob@example.com"));
        Assert.That(email.Text, Does.Contain("several systems"));

        var again = await _agent.Client.PostAsJsonAsync($"/api/requests/{_reference}/extend", new { days = 1, reason = "More." });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "one extension per request");
    }

    [Test]
    public async Task An_extension_beyond_the_policy_limit_or_without_a_reason_is_refused()
    {
        var tooLong = await _agent.Client.PostAsJsonAsync($"/api/requests/{_reference}/extend", new { days = 61, reason = "Complex." });
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await tooLong.Content.ReadAsStringAsync(), Does.Contain("60 days"));
        var noReason = await _agent.Client.PostAsJsonAsync($"/api/requests/{_reference}/extend", new { days = 10, reason = " " });
        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await _agent.RequestAsync(_reference)).ExtendedAtUtc, Is.Null);
    }

    [Test]
    public async Task Auditors_read_but_cannot_act()
    {
        var auditor = new DsarApi(_app.CreateClient());
        await auditor.SignInAsync("auditor@dsar.local", "Auditor-Demo-2026!");
        Assert.That((await auditor.RequestAsync(_reference)).Reference, Is.EqualTo(_reference));
        var response = await auditor.Client.PostAsJsonAsync($"/api/requests/{_reference}/extend", new { days = 5, reason = "x" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test, CancelAfter(60_000)]
    public async Task Waiting_on_the_requester_pauses_the_clock_and_their_answer_on_the_status_page_moves_the_due_date_by_the_pause()
    {
        var before = await _agent.RequestAsync(_reference);
        var ask = await _agent.Client.PostAsJsonAsync($"/api/requests/{_reference}/request-information", new { message = "Which phone number did you use last?" });
        Assert.That(ask.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await _agent.RequestAsync(_reference)).Paused, Is.True);

        var email = (await _agent.WaitForMailAsync(m => m.Subject.Contains("more information"), "the question")).Single();
        Assert.That(email.To, Is.EqualTo("bob@example.com"));
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var requester = new DsarApi(_app.CreateClient());
        var status = await requester.OpenStatusAsync(DsarApi.StatusLink(email));
        Assert.That(status, Does.Contain("Which phone number did you use last?").And.Contain("the clock is paused"));
        var page = await requester.SubmitFormAsync("/status", new() { ["Answer"] = "+1 555 555 0102" }, handler: "Answer");
        Assert.That(page, Does.Contain("we have your answer"));
        Assert.That(page, Does.Not.Contain("Send my answer"), "nothing waits for an answer any more");

        await _agent.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var after = await _agent.RequestAsync(_reference);
        Assert.That(after.Paused, Is.False);
        Assert.That(after.DueAtUtc, Is.EqualTo(before.DueAtUtc.AddDays(3)));
        Assert.That(after.Journal.Select(j => j.Event), Does.Contain("InformationRequested").And.Contain("InformationProvided"));
        Assert.That(await new DsarApi(_app.CreateClient()).OpenGoneStatusAsync(DsarApi.StatusLink(email)), Does.Contain("cannot be used"), "the link works once");
    }
}
