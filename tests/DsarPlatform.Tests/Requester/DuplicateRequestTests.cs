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
    public async Task A_repeat_of_a_verified_request_brings_the_holder_one_email_with_its_status_link_and_reveals_nothing()
    {
        // A correction waits for an agent's decisions once verified: open, and past its link.
        var open = await Api.SubmitAsync(Correction("bob@example.com"));
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(open));
        await App.WaitForQuietAsync();
        var repeat = await Api.SubmitAsync(Correction("attacker@evil.example"));

        var notice = (await Api.WaitForMailAsync(m => m.Subject.Contains("was joined to"), "the joined notice")).Single();
        Assert.That(notice.To, Is.EqualTo("bob@example.com"));
        Assert.That(notice.Text, Does.Contain(open).And.Contain(repeat));
        Assert.That(notice.Links, Has.None.Contains("/verify/"), "a repeat of a verified request sends no confirmation link");
        await App.WaitForQuietAsync();
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example")), Is.Empty);
        Assert.That((await Api.MailAsync()).SelectMany(m => m.Links).Count(l => l.Contains("/verify/")), Is.EqualTo(1), "only the open request's own");

        var status = await new DsarApi(App.CreateClient()).OpenStatusAsync(DsarApi.StatusLink(notice));
        Assert.That(status, Does.Contain(open));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_repeat_of_an_unconfirmed_request_brings_a_fresh_link_for_it_once_the_last_is_an_hour_old_and_voids_the_old_one()
    {
        var open = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var first = await Api.VerificationLinkAsync(open);
        App.Clock.Advance(TimeSpan.FromHours(1));
        var repeat = await Api.SubmitDeletionAsync("alice.demo", "attacker@evil.example", "Alice Example");

        var links = await Api.WaitForMailAsync(m => m.Subject.Contains(open) && m.Subject.Contains("confirm"), "a fresh link for the open request", count: 2);
        var fresh = links.Select(m => m.Links.Single()).Single(l => l != first);
        Assert.That(links.Select(m => m.To), Has.All.EqualTo("alice@example.com"));
        Assert.That(await Api.GoneAsync(first), Does.Contain("This link cannot be used"), "a fresh link voids the earlier one");
        Assert.That(await Api.ConfirmAsync(fresh), Does.Contain("your request is confirmed"));

        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        Assert.That((await Api.RequestAsync(repeat)).DuplicateOf, Is.EqualTo(open));
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example")), Is.Empty);
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

    static object Correction(string email) => new
    {
        type = "correction", accountId = "bob.demo", email, fullName = "Bob Example",
        dataPoints = new Dictionary<string, string> { ["postalCode"] = "10001", ["country"] = "US" },
        changes = new[] { new { field = "city", newValue = "Atlantis", why = "typo" } },
    };
}
