using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Sdk;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>A deletion request from the API to Completed, on the embedded default with a fake clock.</summary>
public sealed class DeletionRequestTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task Deletion_erases_everything_but_retained_invoices_and_completes_only_after_the_directory_wait()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "attacker@evil.example", "Alice Example");

        var verification = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single();
        Assert.That(verification.To, Is.EqualTo("alice@example.com"), "the link goes only to the email on record");
        Assert.That((await Api.MailAsync()).Any(m => m.To.Contains("evil.example")), Is.False);

        Assert.That(await Api.ConfirmAsync(verification.Links.Single()), Does.Contain("your request is confirmed"));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await Api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");
        Assert.That(waiting.Status, Is.EqualTo("Waiting"));
        Assert.That(waiting.Tasks.Select(t => (t.Store, t.Status)), Is.EquivalentTo(new[]
            { ("billing", "Completed"), ("contacts", "Completed"), ("im-history", "Completed"), ("directory", "Completed") }));

        await AssertAliceErasedButInvoicesKeptAsync();

        var reply = (await Api.WaitForMailAsync(m => m.Subject.Contains("is done"), "the reply")).Single();
        Assert.That(reply.To, Is.EqualTo("alice@example.com"));
        Assert.That(reply.Text, Does.Contain("invoices").And.Contain("tax law").And.Contain("Kept until"));
        Assert.That(reply.Text, Does.Contain("up to 14 days"));

        App.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!"); // the first token expired with the clock
        Assert.That((await Api.RequestAsync(reference)).Status, Is.EqualTo("Waiting"), "not before 14 days");

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        await App.SweepTimersAsync();
        var done = await Api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion after the listing check");
        Assert.That(done.Tasks.Single(t => t.Action == "CheckListing").Outcome!.StillListed, Is.False);
        Assert.That(done.Journal.Count(j => j.Event == "Completed"), Is.EqualTo(1));
    }

    [Test, CancelAfter(30_000)]
    public async Task The_staff_api_refuses_anonymous_callers()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var response = await Api.Client.GetAsync($"/api/requests/{reference}");
        Assert.That((int)response.StatusCode, Is.EqualTo(401));
    }

    [Test, CancelAfter(60_000)]
    public async Task Retained_invoices_are_erased_when_their_retention_ends_and_the_request_journal_says_so()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the erasure");

        // The stores' recurring sweep runs on the same clock and may get there first; a second run erases nothing more.
        App.Clock.Advance(TimeSpan.FromDays(365 * 8));
        await App.InScopeAsync(s => s.GetRequiredService<RetentionSweep>().RunAsync(s.GetRequiredService<BillingStore>(), CancellationToken.None));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var journaled = await Api.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "RetainedDataErased"), "the journal entry");
        Assert.That(journaled.Journal.Single(j => j.Event == "RetainedDataErased").Detail, Does.Contain("invoices"));
        await App.InScopeAsync(async s =>
            Assert.That(await s.GetRequiredService<BillingDbContext>().Invoices.CountAsync(i => i.AccountId == "alice.demo"), Is.Zero));
    }

    async Task AssertAliceErasedButInvoicesKeptAsync()
    {
        await App.InScopeAsync(async services =>
        {
            var billing = services.GetRequiredService<BillingDbContext>();
            Assert.That(await billing.PaymentInstruments.CountAsync(p => p.AccountId == "alice.demo"), Is.Zero);
            Assert.That(await billing.CallRecords.CountAsync(c => c.AccountId == "alice.demo"), Is.Zero);
            var invoices = await billing.Invoices.Where(i => i.AccountId == "alice.demo").ToListAsync();
            Assert.That(invoices, Is.Not.Empty);
            Assert.That(invoices.All(i => i.RetentionBasis != null && i.RetainUntilUtc > App.Clock.GetUtcNow().UtcDateTime));
            Assert.That(await billing.PaymentInstruments.CountAsync(p => p.AccountId == "bob.demo"), Is.Positive, "others keep their data");

            var contacts = services.GetRequiredService<ContactsDbContext>();
            Assert.That(await contacts.ContactEntries.CountAsync(e => e.ContactAccountId == "alice.demo"), Is.Zero, "alice leaves others' lists");
            Assert.That(await contacts.ContactLists.CountAsync(l => l.OwnerAccountId == "alice.demo"), Is.Zero);

            var im = services.GetRequiredService<ImHistoryDbContext>();
            Assert.That(await im.Messages.CountAsync(m => m.SenderAccountId == "alice.demo"), Is.Zero);
            Assert.That(await im.Messages.CountAsync(m => m.SenderAccountId == "bob.demo"), Is.Positive);

            var directory = services.GetRequiredService<DirectoryDbContext>();
            var profile = await directory.Profiles.SingleOrDefaultAsync(p => p.AccountId == "alice.demo");
            Assert.That(profile is null || profile is { Email: null, FullName: null, Phone: null });
            return true;
        });
    }
}
