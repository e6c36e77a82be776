using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class ErasureTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId, Bob = DemoCustomers.Bob.AccountId, Chloe = DemoCustomers.Chloe.AccountId;
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    static EraseSubjectData EraseAlice() => new(Guid.NewGuid(), Guid.NewGuid(), Alice);

    [Test]
    public async Task Erasing_in_billing_removes_cards_calls_and_contact_details_but_keeps_invoices_with_basis_and_retain_until()
    {
        var result = await host.RunAsync(StoreNames.Billing, EraseAlice());

        await using var scope = host.Scope();
        var db = host.Db<BillingDbContext>(scope);
        var account = await db.Accounts.SingleAsync(a => a.AccountId == Alice);
        Assert.That(new[] { account.FullName, account.BillingEmail, account.PostalAddress, account.PostalCode, account.Country }, Is.All.Null);
        Assert.That(await db.PaymentInstruments.CountAsync(p => p.AccountId == Alice), Is.Zero);
        Assert.That(await db.CallRecords.CountAsync(c => c.AccountId == Alice), Is.Zero);

        var invoices = await db.Invoices.Where(i => i.AccountId == Alice).ToListAsync();
        Assert.That(invoices, Has.Count.EqualTo(4));
        Assert.That(invoices, Has.All.Matches<Invoice>(i =>
            i.RetentionBasis == BillingStore.InvoiceBasis && i.RetainUntilUtc == i.IssuedAtUtc.AddYears(7)));

        var kept = result.Outcome.Retained.Single();
        Assert.That((kept.Category, kept.Count, kept.LegalBasis), Is.EqualTo(("invoices", 4, BillingStore.InvoiceBasis)));
        Assert.That(kept.RetainUntilUtc, Is.EqualTo(invoices.Max(i => i.IssuedAtUtc).AddYears(7)));
        Assert.That(result.Outcome.Counts, Does.Contain(new CategoryCount("payment-instruments", 1)));
        Assert.That(result.Outcome.Counts, Does.Contain(new CategoryCount("call-records", 12)));
        Assert.That((result.Store, result.Action), Is.EqualTo((StoreNames.Billing, StoreActions.Erase)));
    }

    [Test]
    public async Task Erasing_in_billing_leaves_other_customers_untouched()
    {
        await host.RunAsync(StoreNames.Billing, EraseAlice());

        await using var scope = host.Scope();
        var db = host.Db<BillingDbContext>(scope);
        foreach (var other in new[] { DemoCustomers.Bob, DemoCustomers.Chloe })
        {
            var account = await db.Accounts.SingleAsync(a => a.AccountId == other.AccountId);
            Assert.That((account.BillingEmail, account.PostalCode, account.ErasedAtUtc), Is.EqualTo((other.Email, other.PostalCode, (DateTime?)null)));
            Assert.That(await db.PaymentInstruments.CountAsync(p => p.AccountId == other.AccountId && p.RetentionBasis == null), Is.EqualTo(1));
            Assert.That(await db.CallRecords.CountAsync(c => c.AccountId == other.AccountId), Is.EqualTo(12));
            Assert.That(await db.Invoices.CountAsync(i => i.AccountId == other.AccountId && i.RetentionBasis == null), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task An_open_order_keeps_the_payment_instrument_as_retained()
    {
        // Bob's demo data has an open top-up order.
        var result = await host.RunAsync(StoreNames.Billing, new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Bob));

        await using var scope = host.Scope();
        var db = host.Db<BillingDbContext>(scope);
        var card = await db.PaymentInstruments.SingleAsync(p => p.AccountId == Bob);
        var holdUntil = host.Clock.GetUtcNow().UtcDateTime.AddDays(30);
        Assert.That((card.RetentionBasis, card.RetainUntilUtc), Is.EqualTo((BillingStore.OpenOrderBasis, (DateTime?)holdUntil)));
        Assert.That(result.Outcome.Retained, Does.Contain(new RetainedItem("payment-instruments", 1, BillingStore.OpenOrderBasis, holdUntil)));
        Assert.That(result.Outcome.Counts, Does.Contain(new CategoryCount("payment-instruments", 0)));
    }

    [Test]
    public async Task Erasing_in_contacts_removes_the_persons_list_and_their_entries_in_others_lists()
    {
        var result = await host.RunAsync(StoreNames.Contacts, EraseAlice());

        await using var scope = host.Scope();
        var db = host.Db<ContactsDbContext>(scope);
        Assert.That(await db.ContactLists.AnyAsync(l => l.OwnerAccountId == Alice), Is.False);
        Assert.That(await db.ContactEntries.AnyAsync(e => e.OwnerAccountId == Alice || e.ContactAccountId == Alice), Is.False);
        var remaining = await db.ContactEntries.Select(e => new { e.OwnerAccountId, e.ContactAccountId }).ToListAsync();
        Assert.That(remaining, Is.EquivalentTo(new[] { new { OwnerAccountId = Bob, ContactAccountId = Chloe }, new { OwnerAccountId = Chloe, ContactAccountId = Bob } }));
        Assert.That(result.Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("contact-list", 2), new CategoryCount("entries-in-others-lists", 2) }));
    }

    [Test]
    public async Task Erasing_in_im_history_removes_only_the_messages_the_person_wrote()
    {
        int othersBefore;
        await using (var before = host.Scope())
            othersBefore = await host.Db<ImHistoryDbContext>(before).Messages.CountAsync(m => m.SenderAccountId != Alice);

        var result = await host.RunAsync(StoreNames.ImHistory, EraseAlice());

        await using var scope = host.Scope();
        var after = host.Db<ImHistoryDbContext>(scope);
        Assert.That(await after.Messages.CountAsync(m => m.SenderAccountId == Alice), Is.Zero);
        Assert.That(await after.Messages.CountAsync(), Is.EqualTo(othersBefore));
        Assert.That(await after.Participants.AnyAsync(p => p.AccountId == Alice), Is.False);
        Assert.That(result.Outcome.Counts.Single(c => c.Category == "messages").Count, Is.EqualTo(5));
    }

    [Test]
    public async Task Erasing_in_the_directory_empties_the_profile_and_leaves_other_profiles_intact()
    {
        var result = await host.RunAsync(StoreNames.Directory, EraseAlice());

        await using var scope = host.Scope();
        var db = host.Db<DirectoryDbContext>(scope);
        var profile = await db.Profiles.SingleAsync(p => p.AccountId == Alice);
        Assert.That(new object?[] { profile.DisplayName, profile.FullName, profile.Email, profile.Phone, profile.Country, profile.PostalCode, profile.City, profile.DateOfBirth },
            Is.All.Null);
        var bob = await db.Profiles.SingleAsync(p => p.AccountId == Bob);
        Assert.That((bob.Email, bob.Phone, bob.DateOfBirth), Is.EqualTo((DemoCustomers.Bob.Email, DemoCustomers.Bob.Phone, (DateOnly?)DemoCustomers.Bob.DateOfBirth)));
        Assert.That(await db.Listings.CountAsync(l => l.Listed), Is.EqualTo(2));
        Assert.That(result.Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("profile", 1), new CategoryCount("search-listing", 1) }));
    }
}
