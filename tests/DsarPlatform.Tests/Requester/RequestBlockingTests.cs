using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Requester;

/// <summary>
/// #16 finding 1: with only public facts (the account id) an outsider cannot keep the holder from a working
/// confirmation link for their own request for longer than the resend interval (one hour by default).
/// </summary>
public sealed class RequestBlockingTests : AppTest
{
    static readonly TimeSpan Bound = TimeSpan.FromHours(1);

    [Test, CancelAfter(120_000)]
    public async Task An_outsider_with_the_public_account_id_cannot_keep_the_holder_from_a_working_link_within_the_hour()
    {
        // The attack of the issue: spend the account's emails on deletion requests, then open an access request in the holder's name.
        for (var i = 0; i < 3; i++)
        {
            await Api.SubmitDeletionAsync("alice.demo", $"attacker{i}@evil.example", "Alice Example");
            await App.WaitForFirstStepsAsync();
        }
        var planted = await Api.SubmitAsync(Access("attacker@evil.example", []));
        await App.WaitForQuietAsync();
        var before = await LinksToConfirmAsync(planted);

        var own = await Api.SubmitAsync(Access("alice@example.com", new() { ["phone"] = "+1 (555) 555-0101", ["postalCode"] = "94105", ["country"] = "US" }));
        await App.WaitForQuietAsync();
        // The outsider keeps repeating the request while the holder waits.
        for (var i = 0; i < 3; i++)
        {
            App.Clock.Advance(TimeSpan.FromMinutes(15));
            await Api.SubmitAsync(Access("attacker@evil.example", []));
            await App.WaitForQuietAsync();
            await App.SweepTimersAsync();
        }
        App.Clock.Advance(Bound - TimeSpan.FromMinutes(45));
        await App.SweepTimersAsync();

        var fresh = (await Eventually.GetAsync(async () => (await LinksToConfirmAsync(planted)).Except(before).ToList(), l => l.Count > 0,
            "a fresh confirmation link within the hour")).Single();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        Assert.That((await Api.RequestAsync(own)).DuplicateOf, Is.EqualTo(planted), "the holder's request is joined to the open one of its type");

        // A further repeat right after cannot take the fresh link away.
        await Api.SubmitAsync(Access("attacker@evil.example", []));
        await App.WaitForQuietAsync();
        Assert.That(await Api.ConfirmAsync(fresh), Does.Contain("your request is confirmed"));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var confirmed = await Api.WaitForRequestAsync(planted, r => r.CurrentStep != "verify-identity" || r.Journal.Any(j => j.Event == "VerificationIncomplete"),
            "the holder's press reaching the request");
        Assert.That(confirmed.Journal.Select(j => j.Event), Does.Contain("SignalReceived"));
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example")), Is.Empty);
    }

    [Test, CancelAfter(120_000)]
    public async Task After_a_link_expires_unused_a_new_request_gets_a_working_link()
    {
        var first = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var expired = await Api.VerificationLinkAsync(first);
        App.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        Assert.That(await Api.GoneAsync(expired), Does.Contain("This link cannot be used").And.Contain("make it again"));

        var again = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        Assert.That(await Api.ConfirmAsync(await Api.VerificationLinkAsync(again)), Does.Contain("your request is confirmed"));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var details = await Api.WaitForRequestAsync(again, r => r.CurrentStep != "verify-identity", "the new request past verification");
        Assert.That(details.DuplicateOf, Is.Null);
        Assert.That((await Api.RequestAsync(first)).Outcome, Is.EqualTo("NotConfirmed"));
    }

    [Test, CancelAfter(120_000)]
    public async Task A_repeat_made_before_the_expired_request_was_swept_still_brings_a_working_link()
    {
        var first = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.VerificationLinkAsync(first);
        App.Clock.Advance(TimeSpan.FromHours(25)); // expired, but the sweep has not run yet

        await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForQuietAsync();
        await App.SweepTimersAsync();

        var links = (await Api.WaitForMailAsync(m => m.Subject.Contains(first) && m.Subject.Contains("confirm"), "a fresh link for the open request", count: 2))
            .Select(m => m.Links.Single()).ToList();
        var pages = new List<string>();
        foreach (var link in links) pages.Add(await (await Api.Client.GetAsync(new Uri(link).PathAndQuery)).Content.ReadAsStringAsync());
        Assert.That(pages.Count(p => p.Contains("Yes, I made this request")), Is.EqualTo(1), "the fresh link works; the expired one does not");
        Assert.That(await Api.ConfirmAsync(links[pages.FindIndex(p => p.Contains("Yes, I made this request"))]), Does.Contain("your request is confirmed"));
    }

    /// <summary>The confirmation links emailed for <paramref name="reference"/>, all to the email on record.</summary>
    async Task<List<string>> LinksToConfirmAsync(string reference)
    {
        var mail = (await Api.MailAsync()).Where(m => m.Subject.Contains(reference) && m.Subject.Contains("confirm")).ToList();
        Assert.That(mail.Select(m => m.To), Has.All.EqualTo("alice@example.com"));
        return mail.Select(m => m.Links.Single()).ToList();
    }

    static object Access(string email, Dictionary<string, string> dataPoints) => new
    {
        type = "access", accountId = "alice.demo", email, fullName = "Alice Example", dataPoints, signedDeclaration = true,
    };
}
