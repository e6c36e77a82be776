using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Security;

/// <summary>S2, S3, S6: what someone acting in another person's name can and cannot make the system do.</summary>
public sealed class ImpersonationTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task An_impostor_with_public_facts_and_their_own_email_gets_the_same_answer_nothing_is_sent_to_them_and_the_holder_is_told()
    {
        var real = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string>(),
        });
        var impostor = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", email = "attacker@evil.example", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555-555-0101" },
        });

        Assert.That(impostor.StatusCode, Is.EqualTo(real.StatusCode).And.EqualTo(HttpStatusCode.Accepted));
        Assert.That(Shape(await impostor.Content.ReadAsStringAsync()), Is.EqualTo(Shape(await real.Content.ReadAsStringAsync())));
        Assert.That(impostor.Headers.Location?.OriginalString, Does.Match("^/api/requests/DSR-[0-9A-Z]{10}$"));
        Assert.That(impostor.Headers.Select(h => h.Key), Is.EquivalentTo(real.Headers.Select(h => h.Key)));

        await Api.WaitForMailAsync(m => m.To == "bob@example.com", "bob's verification email");
        var notice = (await Api.WaitForMailAsync(m => m.To == "alice@example.com", "the holder notice")).Single();
        Assert.That(notice.Subject, Does.Contain("naming your account"));
        Assert.That(notice.Text, Does.Contain("delete").And.Contain("done nothing").And.Contain("disclosed nothing"));
        Assert.That(notice.Text, Does.Not.Contain("evil.example"), "the holder is not shown the address typed in the form");
        Assert.That(notice.Links, Has.None.Contains("/verify/").And.None.Contains("/status/"), "no link acts on or shows the impostor's request");
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test, CancelAfter(60_000)]
    public async Task The_agent_sees_that_the_holder_was_notified_and_the_journal_names_no_one()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", email = "attacker@evil.example", fullName = "Example, ALICE",
            dataPoints = new Dictionary<string, string> { ["postalCode"] = "94105" },
        });
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await App.WaitForFirstStepsAsync();
        var details = await Api.RequestAsync(reference);

        Assert.That(details.HolderNotifiedAtUtc, Is.Not.Null);
        Assert.That(details.Status, Is.EqualTo("Waiting"), "it waits for an agent, as any unmatched request");
        Assert.That(details.Journal.Select(j => j.Event), Does.Contain("NoAccountMatched").And.Contain("HolderNotified"));
        var journalText = string.Join("\n", details.Journal.Select(j => $"{j.Event} {j.Actor} {j.Detail}"));
        Assert.That(journalText, Does.Not.Contain("alice").IgnoreCase.And.Not.Contain("94105").And.Not.Contain("evil.example"));
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test, CancelAfter(60_000)]
    public async Task Details_that_fit_no_one_or_contradict_the_record_notify_nobody_and_get_the_same_answer()
    {
        var nameOnly = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", email = "attacker@evil.example", fullName = "Alice Example", dataPoints = new Dictionary<string, string>(),
        });
        var contradicted = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", email = "attacker@evil.example", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555-555-0101", ["postalCode"] = "10001" },
        });
        var matched = await Api.Client.PostAsJsonAsync("/api/requests", new
        {
            type = "deletion", email = "attacker@evil.example", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555-555-0102" },
        });

        foreach (var response in new[] { nameOnly, contradicted })
        {
            Assert.That(response.StatusCode, Is.EqualTo(matched.StatusCode).And.EqualTo(HttpStatusCode.Accepted));
            Assert.That(Shape(await response.Content.ReadAsStringAsync()), Is.EqualTo(Shape(await matched.Content.ReadAsStringAsync())));
        }
        await Api.WaitForMailAsync(m => m.To == "bob@example.com", "bob's holder notice");
        await App.WaitForQuietAsync();
        Assert.That((await Api.MailAsync()).Where(m => m.To == "alice@example.com"), Is.Empty, "a name alone, or a contradicted detail, identifies no one");
        Assert.That((await Api.MailAsync()).Where(m => m.To.Contains("evil.example", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    [Test, CancelAfter(60_000)]
    public async Task Holder_notices_respect_the_accounts_daily_allowance()
    {
        for (var i = 0; i < 4; i++)
        {
            await Api.SubmitAsync(new
            {
                type = "deletion", email = $"attacker{i}@evil.example", fullName = "Alice Example",
                dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555-555-0101" },
            });
        }

        await Api.WaitForMailAsync(m => m.To == "alice@example.com", "three holder notices", count: 3);
        await App.WaitForQuietAsync();
        Assert.That((await Api.MailAsync()).Count(m => m.To == "alice@example.com"), Is.EqualTo(3));
    }

    [Test, CancelAfter(60_000)]
    public async Task Four_submissions_for_one_person_send_one_link_now_and_one_fresh_link_an_hour_later()
    {
        // A repeat of an unconfirmed request is joined to it and asks for a fresh link, at most one per resend interval:
        // the flood is bounded by the rate, and nobody can spend the holder's link.
        for (var i = 0; i < 4; i++)
        {
            await Api.SubmitDeletionAsync("alice.demo", $"someone{i}@example.com", "Alice Example");
            await App.WaitForFirstStepsAsync();
            App.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        await App.WaitForQuietAsync();
        Assert.That(await VerifyLinksToAsync("alice@example.com"), Is.EqualTo(1), "the repeats were joined to the first request");

        App.Clock.Advance(TimeSpan.FromHours(1));
        await App.SweepTimersAsync();
        await App.WaitForQuietAsync();
        Assert.That(await VerifyLinksToAsync("alice@example.com"), Is.EqualTo(2), "one fresh link for all the repeats");
        Assert.That((await Api.MailAsync()).Count(m => m.To == "alice@example.com"), Is.EqualTo(2));
    }

    async Task<int> VerifyLinksToAsync(string to) =>
        (await Api.MailAsync()).Where(m => m.To == to).SelectMany(m => m.Links).Count(l => l.Contains("/verify/"));

    [Test, CancelAfter(60_000)]
    public async Task Fetching_a_verification_link_does_not_use_it()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var link = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single().Links.Single();
        var path = new Uri(link).PathAndQuery;

        for (var i = 0; i < 3; i++)
        {
            var scanned = await Api.Client.GetStringAsync(path);
            Assert.That(scanned, Does.Contain("Yes, I made this request"), "a GET only shows the button");
        }
        Assert.That(await Api.ConfirmAsync(link), Does.Contain("your request is confirmed"));
    }

    static string Shape(string json) =>
        string.Join(",", JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => $"{p.Name}:{p.Value.ValueKind}"));
}
