using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class RetentionLedgerTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId, Bob = DemoCustomers.Bob.AccountId;
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    async Task<int> SweepAsync()
    {
        await using var scope = host.Scope();
        return await host.Db<RetentionSweep>(scope).RunAsync(host.Db<BillingStore>(scope), CancellationToken.None);
    }

    List<RetainedDataErased> Reported(Guid requestId) =>
        host.Harness.Published.Select<RetainedDataErased>(m => m.Context.Message.RequestId == requestId).Select(m => m.Context.Message).ToList();

    async Task<T> ReadBillingAsync<T>(Func<BillingDbContext, Task<T>> read)
    {
        await using var scope = host.Scope();
        return await read(host.Db<BillingDbContext>(scope));
    }

    [Test]
    public async Task Erasure_records_every_retained_item_in_the_ledger()
    {
        var erase = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Bob);
        var result = await host.RunAsync(StoreNames.Billing, erase);

        var ledger = await ReadBillingAsync(db => db.RetentionLedger.AsNoTracking().ToListAsync());
        Assert.That(ledger.Select(e => new RetainedItem(e.Category, e.Count, e.LegalBasis, e.RetainUntilUtc)), Is.EquivalentTo(result.Outcome.Retained));
        Assert.That(ledger, Has.All.Matches<RetentionLedgerEntry>(e => e.RequestId == erase.RequestId && e.Store == StoreNames.Billing && e.AccountId == Bob));
    }

    [Test]
    public async Task Invoices_are_kept_until_their_retain_until_then_erased_and_reported_once()
    {
        var erase = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice);
        var retainUntil = (await host.RunAsync(StoreNames.Billing, erase)).Outcome.Retained.Single().RetainUntilUtc;

        host.Clock.AdjustTime(new DateTimeOffset(retainUntil, TimeSpan.Zero) - TimeSpan.FromMinutes(1));
        Assert.That(await SweepAsync(), Is.Zero);
        Assert.That(await ReadBillingAsync(db => db.Invoices.CountAsync(i => i.AccountId == Alice)), Is.EqualTo(4));

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await SweepAsync(), Is.EqualTo(1));
        var log = new FileInfo(Path.Combine(host.Folder, StoreNames.Billing + ".db-wal"));
        Assert.That(log.Exists ? log.Length : 0, Is.Zero, "the sweep folds the log into the file, so the erased invoices leave it now");
        Assert.That(await SweepAsync(), Is.Zero);

        Assert.That(await ReadBillingAsync(db => db.Invoices.CountAsync(i => i.AccountId == Alice)), Is.Zero);
        Assert.That(await ReadBillingAsync(db => db.Invoices.CountAsync()), Is.EqualTo(8), "other customers' invoices stay");
        var reported = Reported(erase.RequestId);
        Assert.That(reported, Is.EqualTo(new[] { new RetainedDataErased(erase.RequestId, StoreNames.Billing, "invoices", 4, retainUntil) }));
        var entry = await ReadBillingAsync(db => db.RetentionLedger.SingleAsync());
        Assert.That((entry.ErasedAtUtc, entry.ReportedAtUtc), Is.EqualTo(((DateTime?)retainUntil, (DateTime?)retainUntil)));
    }

    [Test]
    public async Task A_held_card_is_released_once_the_open_order_completes()
    {
        var erase = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Bob);
        await host.RunAsync(StoreNames.Billing, erase);

        host.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();
        Assert.That(await ReadBillingAsync(db => db.PaymentInstruments.CountAsync(p => p.AccountId == Bob)), Is.EqualTo(1), "still needed by the open order");
        Assert.That(Reported(erase.RequestId), Is.Empty);

        await using (var scope = host.Scope())
        {
            var db = host.Db<BillingDbContext>(scope);
            await db.Orders.Where(o => o.AccountId == Bob && o.Status == OrderStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Completed));
        }
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await SweepAsync(), Is.EqualTo(2));

        Assert.That(await ReadBillingAsync(db => db.PaymentInstruments.CountAsync(p => p.AccountId == Bob)), Is.Zero);
        Assert.That(await ReadBillingAsync(db => db.Orders.CountAsync(o => o.AccountId == Bob)), Is.Zero);
        Assert.That(Reported(erase.RequestId).Select(r => (r.Category, r.Count)),
            Is.EquivalentTo(new[] { ("payment-instruments", 1), ("open-orders", 1) }));
        var open = await ReadBillingAsync(db => db.RetentionLedger.Where(e => e.ErasedAtUtc == null).Select(e => e.Category).ToListAsync());
        Assert.That(open, Is.EqualTo(new[] { "invoices" }));
    }

    [Test]
    public async Task An_entry_that_cannot_be_erased_is_kept_the_others_are_erased_and_reported_and_the_sweep_fails()
    {
        var alice = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice);
        var bob = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Bob);
        await host.RunAsync(StoreNames.Billing, alice);
        await host.RunAsync(StoreNames.Billing, bob);
        await using (var scope = host.Scope())
        {
            var db = host.Db<BillingDbContext>(scope);
            await db.Orders.Where(o => o.AccountId == Bob && o.Status == OrderStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Completed));
        }
        host.Clock.Advance(TimeSpan.FromDays(20 * 366)); // past every retain-until
        // The account whose entry the sweep meets first cannot lose its rows (a real failure in the store's database).
        var held = await ReadBillingAsync(db => db.RetentionLedger.OrderBy(e => e.RetainUntilUtc).Select(e => e.AccountId).FirstAsync());
        var other = held == Alice ? Bob : Alice;
        string[] tables = ["Invoices", "PaymentInstruments", "Orders"];
        await ExecuteOnBillingAsync(tables.Select(table =>
            $"CREATE TRIGGER hold_{table} BEFORE DELETE ON {table} WHEN OLD.AccountId = '{held}' BEGIN SELECT RAISE(ABORT, 'held'); END;"));

        var failure = Assert.ThrowsAsync<InvalidOperationException>(SweepAsync);

        Assert.That(failure!.Message, Does.Contain("could not be"));
        Assert.That(await ReadBillingAsync(db => db.Invoices.CountAsync(i => i.AccountId == other)), Is.Zero, "erased although an earlier entry failed");
        Assert.That(Reported(other == Alice ? alice.RequestId : bob.RequestId), Is.Not.Empty, "and reported");
        Assert.That(await ReadBillingAsync(db => db.Invoices.CountAsync(i => i.AccountId == held)), Is.GreaterThan(0), "kept: its erasure rolled back");
        Assert.That(await ReadBillingAsync(db => db.RetentionLedger.CountAsync(e => e.AccountId == held && e.ErasedAtUtc == null)), Is.GreaterThan(0));

        await ExecuteOnBillingAsync(tables.Select(table => $"DROP TRIGGER hold_{table};"));
        Assert.That(await SweepAsync(), Is.GreaterThan(0), "erased by the next sweep once nothing holds it");
        Assert.That(await ReadBillingAsync(db => db.RetentionLedger.CountAsync(e => e.ErasedAtUtc == null)), Is.Zero);
    }

    async Task ExecuteOnBillingAsync(IEnumerable<string> statements)
    {
        await using var scope = host.Scope();
        var db = host.Db<BillingDbContext>(scope);
        foreach (var statement in statements) await db.Database.ExecuteSqlRawAsync(statement);
    }
}
