using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Billing;

/// <summary>
/// The billing store. Erasure deletes call records, payment instruments, completed orders and the
/// account's contact fields; invoices are kept for the tax retention period, and what an open order
/// still needs is kept until the order completes. Each kept item is marked with its basis, and the
/// retention sweep erases it once it may go.
/// </summary>
public sealed class BillingStore(BillingDbContext db, TimeProvider clock, IOptions<StoreOptions> options) : IRetainingStore
{
    public const string InvoiceBasis = "tax law: invoices are kept for the statutory retention period";
    public const string OpenOrderBasis = "open order: needed to complete the transaction";

    readonly BillingStoreOptions settings = options.Value.Billing;

    public string Name => StoreNames.Billing;
    public StoreDbContext Db => db;

    public Task ExportAsync(string accountId, ExportWriter export, CancellationToken cancellationToken) =>
        BillingExport.WriteAsync(db, accountId, settings, export, cancellationToken);

    public async Task<IReadOnlyList<CategoryCount>> RectifyAsync(string accountId, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.AccountId == accountId && a.ErasedAtUtc == null, cancellationToken);
        var counts = new Dictionary<string, int>();
        foreach (var change in changes)
        {
            // Validated even when the account is gone: a bad value is a bad request either way.
            switch (change.Field)
            {
                case SubjectFields.FullName:
                    var name = FieldValues.Text(change, 200);
                    if (account is not null) account.FullName = name;
                    break;
                case SubjectFields.PostalAddress:
                    var address = FieldValues.Text(change, 500);
                    if (account is not null) account.PostalAddress = address;
                    break;
                case SubjectFields.PostalCode:
                    var code = FieldValues.Text(change, 20);
                    if (account is not null) account.PostalCode = code;
                    break;
                case SubjectFields.Country:
                    var country = FieldValues.Country(change);
                    if (account is not null) account.Country = country;
                    break;
                default:
                    continue;
            }
            counts[change.Field] = account is null ? 0 : 1;
        }
        return counts.Select(c => new CategoryCount(FieldValues.CountCategory(c.Key), c.Value)).ToList();
    }

    public async Task<StoreTaskOutcome> EraseAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        var now = clock.GetUtcNow().UtcDateTime;
        var erased = new List<CategoryCount>();
        var retained = new List<RetainedItem>();

        // Invoices carry the totals tax law needs; the per-call traffic data is not needed for them.
        var calls = await db.CallRecords.Where(c => c.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        erased.Add(new("call-records", calls));

        var openOrders = await db.Orders.Where(o => o.AccountId == accountId && o.Status == OrderStatus.Open).ToListAsync(cancellationToken);
        var instruments = db.PaymentInstruments.Where(p => p.AccountId == accountId);
        if (openOrders.Count == 0)
        {
            erased.Add(new("payment-instruments", await instruments.ExecuteDeleteAsync(cancellationToken)));
        }
        else
        {
            var holdUntil = now + settings.OpenOrderHold;
            var kept = await instruments.ExecuteUpdateAsync(s => s
                .SetProperty(p => p.RetentionBasis, OpenOrderBasis)
                .SetProperty(p => p.RetainUntilUtc, holdUntil), cancellationToken);
            foreach (var order in openOrders)
                (order.RetentionBasis, order.RetainUntilUtc) = (OpenOrderBasis, holdUntil);
            erased.Add(new("payment-instruments", 0));
            retained.Add(new("payment-instruments", kept, OpenOrderBasis, holdUntil));
            retained.Add(new("open-orders", openOrders.Count, OpenOrderBasis, holdUntil));
        }

        var completedOrders = await db.Orders
            .Where(o => o.AccountId == accountId && o.Status == OrderStatus.Completed && o.RetentionBasis == null)
            .ExecuteDeleteAsync(cancellationToken);
        erased.Add(new("completed-orders", completedOrders));

        erased.Add(new("account-details", await AnonymiseAccountAsync(accountId, now, cancellationToken)));

        var invoices = await RetainInvoicesAsync(accountId, cancellationToken);
        if (invoices is not null) retained.Add(invoices);

        return new StoreTaskOutcome(erased, retained);
    }

    /// <summary>
    /// Invoices go when their retain-until passed; a held card and the orders it was kept for go as soon
    /// as none of the account's orders is open any more (then the card is no longer needed).
    /// </summary>
    public async Task<int?> EraseRetainedAsync(RetentionLedgerEntry entry, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var accountId = entry.AccountId;
        switch (entry.Category)
        {
            case "invoices":
                if (nowUtc < entry.RetainUntilUtc) return null;
                return await db.Invoices
                    .Where(i => i.AccountId == accountId && i.RetentionBasis == InvoiceBasis && i.RetainUntilUtc <= nowUtc)
                    .ExecuteDeleteAsync(cancellationToken);
            case "payment-instruments" or "open-orders":
                if (await db.Orders.AnyAsync(o => o.AccountId == accountId && o.Status == OrderStatus.Open, cancellationToken)) return null;
                if (entry.Category == "open-orders")
                    return await db.Orders.Where(o => o.AccountId == accountId && o.RetentionBasis == OpenOrderBasis).ExecuteDeleteAsync(cancellationToken);
                return await db.PaymentInstruments.Where(p => p.AccountId == accountId && p.RetentionBasis == OpenOrderBasis).ExecuteDeleteAsync(cancellationToken);
            default:
                return null;
        }
    }

    async Task<int> AnonymiseAccountAsync(string accountId, DateTime now, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.AccountId == accountId, cancellationToken);
        if (account is null || account.ErasedAtUtc is not null) return 0;
        account.FullName = null;
        account.BillingEmail = null;
        account.PostalAddress = null;
        account.PostalCode = null;
        account.Country = null;
        account.ErasedAtUtc = now;
        return 1;
    }

    /// <summary>Marks each invoice with its own retain-until; reports the latest, when all may go.</summary>
    async Task<RetainedItem?> RetainInvoicesAsync(string accountId, CancellationToken cancellationToken)
    {
        var invoices = await db.Invoices.Where(i => i.AccountId == accountId).ToListAsync(cancellationToken);
        if (invoices.Count == 0) return null;
        foreach (var invoice in invoices)
        {
            invoice.RetentionBasis = InvoiceBasis;
            invoice.RetainUntilUtc = invoice.IssuedAtUtc.AddYears(settings.InvoiceRetentionYears);
        }
        return new RetainedItem("invoices", invoices.Count, InvoiceBasis, invoices.Max(i => i.RetainUntilUtc!.Value));
    }
}
