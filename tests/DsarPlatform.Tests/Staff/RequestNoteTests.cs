using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

/// <summary>Internal notes: agents add them (page or API), staff read them; the journal says a note was added, never what it says.</summary>
public sealed class RequestNoteTests : AppTest
{
    [Test, CancelAfter(90_000)]
    public async Task Notes_added_by_the_api_and_the_page_are_shown_with_their_author_and_the_journal_keeps_no_text()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForFirstStepsAsync();
        var agent = await StaffRequests.AgentAsync(App);
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);

        var empty = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/notes", new { text = " " });
        var added = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/notes", new { text = "Customer phoned; will send ID." });
        var fromPage = await page.PostAsync("Note", new() { ["text"] = "Second note <b>from the page</b>." });

        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(RequestPage.Alerts(fromPage.Html), Does.Contain("Note added."));
        Assert.That(fromPage.Html, Does.Contain("Customer phoned; will send ID.").And.Contain("Second note &lt;b&gt;from the page&lt;/b&gt;."));
        Assert.That(fromPage.Html, Does.Contain("agent@dsar.local (Agent):"), "the author by name and role");
        var details = await agent.RequestAsync(reference);
        Assert.That(details.Notes.Select(n => (n.Text, n.AuthorName, n.AuthorRole)), Is.EqualTo(new[]
        {
            ("Customer phoned; will send ID.", "agent@dsar.local", "Agent"), ("Second note <b>from the page</b>.", "agent@dsar.local", "Agent"),
        }));
        var journaled = details.Journal.Where(j => j.Event == "NoteAdded").ToList();
        Assert.That(journaled, Has.Count.EqualTo(2));
        Assert.That(journaled.Select(j => j.Detail), Has.All.Null);

        var auditor = new DsarApi(App.CreateClient());
        await auditor.SignInAsync("auditor@dsar.local", "Auditor-Demo-2026!");
        Assert.That((await auditor.RequestAsync(reference)).Notes, Has.Count.EqualTo(2), "auditors read notes");
        var forbidden = await auditor.Client.PostAsJsonAsync($"/api/requests/{reference}/notes", new { text = "no" });
        Assert.That(forbidden.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test, CancelAfter(90_000)]
    public async Task An_api_action_with_a_stale_if_match_changes_nothing_and_says_the_request_changed()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForFirstStepsAsync();
        var agent = await StaffRequests.AgentAsync(App);
        using var read = await agent.Client.GetAsync($"/api/requests/{reference}");
        var etag = read.Headers.ETag!;
        Assert.That(etag.Tag, Is.EqualTo($"\"{(await agent.RequestAsync(reference)).Version}\""));

        var first = await PostWithIfMatch(agent, $"/api/requests/{reference}/notes", new { text = "First." }, etag);
        var stale = await PostWithIfMatch(agent, $"/api/requests/{reference}/extend", new { days = 5, reason = "Slow." }, etag);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("changed meanwhile"));
        Assert.That((await agent.RequestAsync(reference)).ExtendedAtUtc, Is.Null);
    }

    static Task<HttpResponseMessage> PostWithIfMatch(DsarApi api, string path, object body, EntityTagHeaderValue etag)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        message.Headers.IfMatch.Add(etag);
        return api.Client.SendAsync(message);
    }
}
