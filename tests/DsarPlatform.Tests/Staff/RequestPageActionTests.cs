using System.Net;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

/// <summary>Agents act from the request page: each button calls the staff action, journals it, and says what happened or why not.</summary>
public sealed class RequestPageActionTests : AppTest
{
    [Test, CancelAfter(120_000)]
    public async Task An_agent_asks_the_requester_then_decides_each_field_from_the_page_and_the_reply_goes_out()
    {
        var reference = await StaffRequests.CorrectionAwaitingReviewAsync(App, Api);
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);

        var asked = await page.PostAsync("Ask", new() { ["message"] = "Which street do you live on now?" });
        Assert.That(asked.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(RequestPage.Alerts(asked.Html), Does.Contain("Question emailed to the requester"));
        Assert.That(asked.Html, Does.Contain("Which street do you live on now?").And.Contain("No answer yet.").And.Contain("clock paused"));

        var question = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("more information"), "the question")).Single();
        var requester = new DsarApi(App.CreateClient());
        await requester.OpenStatusAsync(DsarApi.StatusLink(question));
        await requester.SubmitFormAsync("/status", new() { ["Answer"] = "Broadway" }, handler: "Answer");

        var answered = await page.ReadAsync();
        Assert.That(answered, Does.Contain("<blockquote class=\"question\" id=\"answer\">Broadway</blockquote>"));
        Assert.That(answered, Does.Contain("Pauses and extensions").And.Contain("Requester answered"));

        var accepted = await page.PostAsync("Decide", new() { ["field"] = "postalCode", ["decision"] = "accept", ["Confirm"] = "true" });
        Assert.That(RequestPage.Alerts(accepted.Html), Does.Contain("Decision on postalCode recorded"));
        var refused = await page.PostAsync("Decide", new() { ["field"] = "city", ["decision"] = "refuse", ["reason"] = "No such city.", ["Confirm"] = "true" });
        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.OK));

        var details = await (await StaffRequests.AgentAsync(App)).WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(details.Journal.Where(j => j.Event is "InformationRequested" or "DecisionsRecorded").Select(j => j.Role), Is.EqualTo(new[] { "Agent", "Agent", "Agent" }));
        var reply = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("is done"), "the reply")).Single();
        Assert.That(reply.Text, Does.Contain("No such city."));
    }

    [Test, CancelAfter(120_000)]
    public async Task An_irreversible_action_needs_its_confirmation_and_a_refused_one_says_why_beside_its_button()
    {
        var reference = await StaffRequests.CorrectionAwaitingReviewAsync(App, Api);
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);

        var unconfirmed = await page.PostAsync("Deny", new() { ["code"] = "duplicate" });
        var tooLong = await page.PostAsync("Extend", new() { ["days"] = "61", ["reason"] = "Complex.", ["Confirm"] = "true" });
        var noGround = await page.PostAsync("Deny", new() { ["code"] = "legal-exemption", ["Confirm"] = "true" });

        Assert.That(unconfirmed.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(RequestPage.Alerts(unconfirmed.Html), Does.Contain("I understand this cannot be undone"));
        Assert.That(tooLong.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(RequestPage.Alerts(tooLong.Html), Does.Contain("at most 60 days"));
        Assert.That(tooLong.Html, Does.Match("at most 60 days more\\.</p>\\s*<button type=\"submit\">Extend</button>"), "the reason sits beside the Extend button");
        Assert.That(RequestPage.Alerts(noGround.Html), Does.Contain("Name the legal ground"));
        var details = await (await StaffRequests.AgentAsync(App)).RequestAsync(reference);
        Assert.That((details.Outcome, details.ExtendedAtUtc), Is.EqualTo(((string?)null, (DateTime?)null)), "nothing was done");
        Assert.That(details.Journal.Select(j => j.Event), Does.Not.Contain("RequestDenied").And.Not.Contain("DeadlineExtended"));
    }

    [Test, CancelAfter(120_000)]
    public async Task Two_agents_acting_at_once_get_one_success_and_one_changed_meanwhile()
    {
        var reference = await StaffRequests.CorrectionAwaitingReviewAsync(App, Api);
        var first = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);
        var second = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);
        var version = RequestPage.VersionOf(await first.ReadAsync());

        var results = await Task.WhenAll(
            first.PostAsync("Extend", new() { ["days"] = "10", ["reason"] = "Several systems.", ["Confirm"] = "true" }, version),
            second.PostAsync("Deny", new() { ["code"] = "duplicate", ["Confirm"] = "true" }, version));

        Assert.That(results.Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(1), string.Join("\n", results.Select(r => RequestPage.Alerts(r.Html))));
        var loser = results.Single(r => r.Status != HttpStatusCode.OK);
        Assert.That(loser.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(RequestPage.Alerts(loser.Html), Does.Contain("This request changed meanwhile; reload the page to see what changed."));
        var journal = (await (await StaffRequests.AgentAsync(App)).RequestAsync(reference)).Journal.Select(j => j.Event).ToList();
        Assert.That(journal.Count(e => e is "DeadlineExtended" or "RequestDenied"), Is.EqualTo(1));
    }

    [Test, CancelAfter(120_000)]
    public async Task An_agent_verifies_by_hand_with_a_note_that_the_page_then_shows()
    {
        var reference = await StaffRequests.AccessAwaitingManualVerificationAsync(App, Api);
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);
        Assert.That(await page.ReadAsync(), Does.Contain("an agent to verify identity by hand"));

        var noNote = await page.PostAsync("Verify", new() { ["Confirm"] = "true" });
        var verified = await page.PostAsync("Verify", new() { ["note"] = "Called the number on record; she confirmed.", ["Confirm"] = "true" });

        Assert.That(RequestPage.Alerts(noNote.Html), Does.Contain("Say how you verified"));
        Assert.That(RequestPage.Alerts(verified.Html), Does.Contain("Identity verified by hand."));
        Assert.That(verified.Html, Does.Contain("How identity was verified by hand").And.Contain("Called the number on record; she confirmed."));
        Assert.That(verified.Html, Does.Match("(?s)Verified by hand.*?Note: Called the number on record"), "the timeline shows the note the journal only mentions");
        var journal = (await (await StaffRequests.AgentAsync(App)).RequestAsync(reference)).Journal;
        Assert.That(journal.Single(j => j.Event == "VerifiedByAgent").Role, Is.EqualTo("Agent"));
    }

    [Test, CancelAfter(120_000)]
    public async Task Approving_a_correction_accepts_every_remaining_change_and_extending_emails_the_reason()
    {
        var reference = await StaffRequests.CorrectionAwaitingReviewAsync(App, Api);
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);

        var extended = await page.PostAsync("Extend", new() { ["days"] = "14", ["reason"] = "Your records span several systems.", ["Confirm"] = "true" });
        Assert.That(RequestPage.Alerts(extended.Html), Does.Contain("Deadline extended"));
        Assert.That(extended.Html, Does.Contain("Why the deadline was extended").And.Contain("Your records span several systems."));
        Assert.That(extended.Html, Does.Not.Contain("?handler=Extend"), "one extension per request");
        var email = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("more time"), "the extension email")).Single();
        Assert.That(email.Text, Does.Contain("Your records span several systems."));

        var approved = await page.PostAsync("Approve", new() { ["Confirm"] = "true" });
        Assert.That(RequestPage.Alerts(approved.Html), Does.Contain("Every remaining change accepted."));
        var done = await (await StaffRequests.AgentAsync(App)).WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(done.Corrections.Select(c => c.Accepted), Has.All.True);
        Assert.That(done.Journal.Single(j => j.Event == "DeadlineExtended").Role, Is.EqualTo("Agent"));
    }
}
