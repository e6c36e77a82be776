using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Requester;

/// <summary>Once identity is verified, the requester gets a receipt, and every later email carries a fresh status link.</summary>
public sealed class RequesterEmailTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task A_verified_request_gets_a_receipt_with_its_reference_what_was_asked_the_due_date_next_steps_and_a_status_link()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "someone@example.net", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));

        var receipt = (await Api.WaitForMailAsync(m => m.Subject.Contains("working on your request"), "the receipt")).Single();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var details = await Api.RequestAsync(reference);

        Assert.That(receipt.To, Is.EqualTo("bob@example.com"), "only the email on record");
        Assert.That(receipt.Subject, Does.Contain(reference));
        Assert.That(receipt.Text, Does.Contain("delete personal data"));
        Assert.That(receipt.Text, Does.Contain($"We will answer by {StatusPageTests.LocalDate(details.DueAtUtc)}."));
        Assert.That(receipt.Text, Does.Contain("up to 14 days"), "the directory delay, from the definition");
        Assert.That(receipt.Links, Has.One.Contains("/status/"));
        Assert.That(details.Journal.Where(j => j.Event == "EmailQueued").Select(j => j.Detail), Has.One.StartsWith("receipt"));
        await Api.WaitForMailAsync(m => m.Subject.Contains("is done"), "the reply, so nothing runs on while the test ends");
    }

    [Test, CancelAfter(60_000)]
    public async Task A_request_verified_by_an_agent_gets_its_receipt_then()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example", dataPoints = new Dictionary<string, string>(),
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the review of the details");
        Assert.That((await Api.MailAsync()).Where(m => m.Subject.Contains("working on your request")), Is.Empty, "no receipt before verification");

        var verified = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/verify", new { note = "Called the customer back on the number on record." });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var receipt = (await Api.WaitForMailAsync(m => m.Subject.Contains("working on your request"), "the receipt")).Single();
        Assert.That(receipt.To, Is.EqualTo("alice@example.com"));
        Assert.That(receipt.Text, Does.Contain("see the personal data we hold").And.Contain(reference));
        await Api.WaitForMailAsync(m => m.Subject.Contains("ready to download"), "the package, so nothing runs on while the test ends");
    }

    [Test, CancelAfter(90_000)]
    public async Task Every_email_after_verification_carries_its_own_status_link()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");
        await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/extend", new { days = 10, reason = "The directory is slow." });
        await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/request-information", new { message = "Which city?" });

        var denied = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example", dataPoints = new Dictionary<string, string>(),
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(denied));
        await Api.WaitForRequestAsync(denied, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the review of the details");
        await Api.Client.PostAsJsonAsync($"/api/requests/{denied}/deny", new { code = "insufficient-verification" });

        string[] subjects = ["working on your request", "is done", "more time", "more information", "could not carry out"];
        var mail = await Api.WaitForMailAsync(m => subjects.Any(m.Subject.Contains), "the five emails", count: 5);
        foreach (var subject in subjects)
            Assert.That(mail.Where(m => m.Subject.Contains(subject)).Select(m => m.Links.Count(l => l.Contains("/status/"))), Has.All.EqualTo(1), subject);
        var links = mail.SelectMany(m => m.Links).Where(l => l.Contains("/status/")).ToList();
        Assert.That(links, Is.Unique, "each email has a fresh link");
    }
}
