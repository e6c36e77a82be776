using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Staff;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Appeals;

/// <summary>An agent decides an appeal, on the request page or through the API: uphold (with a reason) or reverse (the denied request runs again).</summary>
public sealed class AppealDecisionTests : AppealTest
{
    [Test, CancelAfter(120_000)]
    public async Task An_agent_upholds_an_appeal_through_the_API_and_the_requester_is_told_why_and_how_to_complain_to_the_Attorney_General()
    {
        var (denied, appeal, _) = await AppealedDeletionAsync();
        var agent = await StaffRequests.AgentAsync(App);

        var noReason = await agent.Client.PostAsJsonAsync($"/api/requests/{appeal}/appeal/uphold", new { reason = " " });
        var upheld = await agent.Client.PostAsJsonAsync($"/api/requests/{appeal}/appeal/uphold", new { reason = "You asked twice the same day." });
        var again = await agent.Client.PostAsJsonAsync($"/api/requests/{appeal}/appeal/reverse", new { reason = "Changed my mind." });

        Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await noReason.Content.ReadAsStringAsync(), Does.Contain("\"reason\""));
        Assert.That(upheld.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "an appeal is decided once");
        var appealDetails = await agent.RequestAsync(appeal);
        Assert.That((appealDetails.Status, appealDetails.Outcome, appealDetails.Appeal!.DecisionReason), Is.EqualTo(("Completed", "Upheld", "You asked twice the same day.")));
        Assert.That(appealDetails.Journal.Where(j => j.Event == "AppealUpheld").Select(j => j.Role), Is.EqualTo(new[] { "Agent" }));
        var deniedDetails = await agent.RequestAsync(denied);
        Assert.That((deniedDetails.Status, deniedDetails.Outcome), Is.EqualTo(("Completed", "Denied")), "the denial stands");
        Assert.That(deniedDetails.Journal.Where(j => j.Event == "AppealUpheld").Select(j => (j.Role, j.Detail)), Is.EqualTo(new[] { ("Agent", $"appeal {appeal}: the denial stands") }));

        var email = (await Api.WaitForMailAsync(m => m.Subject.Contains(appeal) && m.Subject.Contains("stands"), "the decision")).Single();
        Assert.That(email.To, Is.EqualTo("bob@example.com"));
        Assert.That(email.Text, Does.Contain("You asked twice the same day.").And.Contain("Attorney General").And.Contain(denied));
        var page = await new DsarApi(App.CreateClient()).OpenStatusAsync(DsarApi.StatusLink(email));
        Assert.That(page, Does.Contain(denied).And.Contain("Our decision stands. Our reason: You asked twice the same day.")
            .And.Contain("We decided on your appeal: our decision stands").And.Not.Contain("Appeal this decision"));
    }

    [Test, CancelAfter(150_000)]
    public async Task An_agent_reverses_an_appeal_on_the_request_page_and_the_denied_request_runs_again_from_where_it_was_denied()
    {
        var (denied, appeal, _) = await AppealedDeletionAsync();
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), appeal);
        var before = await page.ReadAsync();
        var firstLink = (await Api.WaitForMailAsync(m => m.Subject.Contains(denied) && m.Subject.Contains("confirm"), "the first confirmation link")).Single();
        Assert.That(before, Does.Contain("Uphold the denial").And.Contain("Reverse the denial").And.Contain("I asked only once.").And.Contain($"/staff/requests/{denied}"));

        var unconfirmed = await page.PostAsync("Reverse", new() { ["reason"] = "We miscounted." });
        var reversed = await page.PostAsync("Reverse", new() { ["reason"] = "We miscounted.", ["Confirm"] = "true" });

        Assert.That(unconfirmed.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(reversed.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(RequestPage.Alerts(reversed.Html), Does.Contain("the denial was reversed"));
        var now = App.Clock.GetUtcNow();
        var agent = await StaffRequests.AgentAsync(App);
        var reopened = await agent.RequestAsync(denied);
        Assert.That((reopened.Status, reopened.CurrentStep, reopened.Outcome), Is.EqualTo(("Waiting", "verify-identity", (string?)null)));
        Assert.That(reopened.DueAtUtc, Is.EqualTo(EndOfLocalDay(now, 30)).Within(TimeSpan.FromMilliseconds(1)), "a fresh response period from the reversal");
        Assert.That(reopened.Journal.Where(j => j.Event == "ReopenedOnAppeal").Select(j => (j.Role, j.Detail)), Is.EqualTo(new[] { ("Agent", $"appeal {appeal} reversed the denial") }));
        var appealDetails = await agent.RequestAsync(appeal);
        Assert.That((appealDetails.Status, appealDetails.Outcome), Is.EqualTo(("Completed", "Reversed")));
        Assert.That(appealDetails.Journal.Select(j => j.Event), Does.Contain("AppealReversed"));

        var email = (await Api.WaitForMailAsync(m => m.Subject.Contains(appeal) && m.Subject.Contains("reversed"), "the decision")).Single();
        Assert.That(email.Text, Does.Contain("We miscounted.").And.Not.Contain("Attorney General"));
        var links = await Api.WaitForMailAsync(m => m.Subject.Contains(denied) && m.Subject.Contains("confirm"), "a new confirmation link", count: 2);
        // Reopening sent a fresh link (both emails carry the same test-clock date, so tell them apart by file)
        await Api.ConfirmAsync(links.Single(m => m.Id != firstLink.Id).Links.Single());
        await Api.WaitForMailAsync(m => m.Subject.Contains(denied) && m.Subject.Contains("is done"), "the deletion's reply");
    }

    [Test, CancelAfter(120_000)]
    public async Task Only_agents_decide_appeals_and_only_appeals_can_be_decided()
    {
        var (denied, appeal, _) = await AppealedDeletionAsync();
        var auditor = new DsarApi(App.CreateClient());
        await auditor.SignInAsync(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var agent = await StaffRequests.AgentAsync(App);
        var auditorPage = new RequestPage(await StaffRequests.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword), appeal);

        var byAuditor = await auditor.Client.PostAsJsonAsync($"/api/requests/{appeal}/appeal/uphold", new { reason = "No." });
        var onPage = await auditorPage.PostAsync("Uphold", new() { ["reason"] = "No.", ["Confirm"] = "true" }, version: Guid.NewGuid().ToString(), tokenFrom: "/requests/delete");
        var notAnAppeal = await agent.Client.PostAsJsonAsync($"/api/requests/{denied}/appeal/uphold", new { reason = "No." });
        var unknown = await agent.Client.PostAsJsonAsync("/api/requests/DSR-0000000000/appeal/reverse", new { });

        Assert.That(byAuditor.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(onPage.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(notAnAppeal.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await agent.RequestAsync(appeal)).Status, Is.EqualTo("Waiting"), "nothing was decided");
        Assert.That(await auditorPage.ReadAsync(), Does.Not.Contain("Uphold the denial"), "auditors see no decision form");
    }
}
