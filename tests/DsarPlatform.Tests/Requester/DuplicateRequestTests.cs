using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;

namespace DsarPlatform.Tests.Requester;

/// <summary>A repeat of an open request is joined to it and closed, and is never a way around verification.</summary>
public sealed class DuplicateRequestTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task A_repeat_of_an_open_request_is_joined_to_it_closed_and_shown_on_both()
    {
        var open = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await App.WaitForFirstStepsAsync(); // a repeat of a request already matched; submitted in the same millisecond either may be joined to the other
        var response = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", accountId = "alice.demo", email = "someone@evil.example", fullName = "Alice Example", dataPoints = new Dictionary<string, string>(),
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var repeat = (await response.Content.ReadFromJsonAsync<SubmittedRequest>())!.Reference;

        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var joined = await Api.WaitForRequestAsync(repeat, r => r.Status == "Completed", "the repeat's first step");
        var original = await Api.RequestAsync(open);

        Assert.That(joined.Status, Is.EqualTo("Completed"));
        Assert.That(joined.Outcome, Is.EqualTo("LinkedToOpenRequest"));
        Assert.That(joined.DuplicateOf, Is.EqualTo(open));
        Assert.That(joined.Journal.Select(j => j.Event), Does.Contain("LinkedToOpenRequest"));
        Assert.That(original.Duplicates, Is.EqualTo(new[] { repeat }));
        Assert.That(original.Journal.Single(j => j.Event == "DuplicateLinked").Detail, Does.Contain(repeat));
        Assert.That(original.Status, Is.EqualTo("Waiting"));
        Assert.That(original.CurrentStep, Is.EqualTo("verify-identity"));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_holder_gets_one_email_with_the_open_requests_status_link_and_nothing_is_verified_or_revealed()
    {
        var open = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await App.WaitForFirstStepsAsync(); // a repeat of a request already matched; submitted in the same millisecond either may be joined to the other
        var repeat = await Api.SubmitDeletionAsync("alice.demo", "attacker@evil.example", "Alice Example");

        var notice = (await Api.WaitForMailAsync(m => m.Subject.Contains("was joined to"), "the joined notice")).Single();
        Assert.That(notice.To, Is.EqualTo("alice@example.com"));
        Assert.That(notice.Text, Does.Contain(open).And.Contain(repeat));
        Assert.That(notice.Links, Has.None.Contains("/verify/"), "a repeat sends no verification link");
        await Task.Delay(500);
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example")), Is.Empty);
        Assert.That((await Api.MailAsync()).SelectMany(m => m.Links).Count(l => l.Contains("/verify/")), Is.EqualTo(1), "only the open request's own");

        var status = await new DsarApi(App.CreateClient()).OpenStatusAsync(DsarApi.StatusLink(notice));
        Assert.That(status, Does.Contain(open).And.Contain("your confirmation"));

        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var original = await Api.RequestAsync(open);
        Assert.That(original.CurrentStep, Is.EqualTo("verify-identity"), "opening the status page verifies nothing");
        Assert.That(original.Journal.Select(j => j.Event), Does.Not.Contain("IdentityVerified"));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_request_of_another_type_or_after_the_first_closed_is_not_a_repeat()
    {
        var deletion = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var access = await Api.SubmitAsync(new
        {
            type = "access", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example", dataPoints = new Dictionary<string, string>(),
        });
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await App.WaitForFirstStepsAsync();
        Assert.That((await Api.RequestAsync(access)).DuplicateOf, Is.Null);
        var denied = await Api.Client.PostAsJsonAsync($"/api/requests/{deletion}/deny", new { code = "not-a-customer" });
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var again = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForFirstStepsAsync();
        var details = await Api.RequestAsync(again);
        Assert.That(details.DuplicateOf, Is.Null);
        Assert.That(details.Status, Is.EqualTo("Waiting"));
    }
}
