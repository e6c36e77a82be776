using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Billing;

/// <summary>
/// The billing store. Erasure deletes call records, payment instruments, completed orders, the disclosures register's
/// rows and the account's contact fields; invoices are kept for the tax retention period, and what an open order
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

    public async Task<IReadOnlyList<FieldValue>> ReadFieldsAsync(string accountId, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId && a.ErasedAtUtc == null, cancellationToken);
        return fields.Distinct().Select(field => field switch
        {
            SubjectFields.FullName => new FieldValue(field, account?.FullName),
            SubjectFields.PostalAddress => new FieldValue(field, account?.PostalAddress),
            SubjectFields.PostalCode => new FieldValue(field, account?.PostalCode),
            SubjectFields.Country => new FieldValue(field, account?.Country),
            _ => null,
        }).OfType<FieldValue>().ToList();
    }

    public async Task<StoreTaskOutcome> EraseAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        var now = clock.GetUtcNow().UtcDateTime;
        var erased = new List<CategoryCount>();
        var retained = new List<RetainedItem>();

        // Each rule is one parameterized statement, the same SQL on SQLite and PostgreSQL. Erasure runs inside the
        // store's write lock, and there the LINQ ExecuteDelete/ExecuteUpdate form of these statements cost about
        // three times the CPU (measured): the erase was the store's throughput limit.
        var sql = db.Database;

        // Invoices carry the totals tax law needs; the per-call traffic data is not needed for them.
        var calls = await sql.ExecuteSqlAsync($"""DELETE FROM "CallRecords" WHERE "AccountId" = {accountId}""", cancellationToken);
        erased.Add(new("call-records", calls));

        var holdUntil = now + settings.OpenOrderHold;
        var openOrders = await sql.ExecuteSqlAsync($"""
            UPDATE "Orders" SET "RetentionBasis" = {OpenOrderBasis}, "RetainUntilUtc" = {holdUntil}
            WHERE "AccountId" = {accountId} AND "Status" = {nameof(OrderStatus.Open)}
            """, cancellationToken);
        if (openOrders == 0)
        {
            var instruments = await sql.ExecuteSqlAsync($"""DELETE FROM "PaymentInstruments" WHERE "AccountId" = {accountId}""", cancellationToken);
            erased.Add(new("payment-instruments", instruments));
        }
        else
        {
            // The open order still needs its card: both stay until the order completes or the hold ends.
            var kept = await sql.ExecuteSqlAsync($"""
                UPDATE "PaymentInstruments" SET "RetentionBasis" = {OpenOrderBasis}, "RetainUntilUtc" = {holdUntil}
                WHERE "AccountId" = {accountId}
                """, cancellationToken);
            erased.Add(new("payment-instruments", 0));
            retained.Add(new("payment-instruments", kept, OpenOrderBasis, holdUntil));
            retained.Add(new("open-orders", openOrders, OpenOrderBasis, holdUntil));
        }

        var completedOrders = await sql.ExecuteSqlAsync($"""
            DELETE FROM "Orders"
            WHERE "AccountId" = {accountId} AND "Status" = {nameof(OrderStatus.Completed)} AND "RetentionBasis" IS NULL
            """, cancellationToken);
        erased.Add(new("completed-orders", completedOrders));

        // The register exists only to answer the customer's own "Shine the Light" request: no law asks to keep it.
        var disclosures = await sql.ExecuteSqlAsync($"""DELETE FROM "DirectMarketingDisclosures" WHERE "AccountId" = {accountId}""", cancellationToken);
        erased.Add(new(BillingExport.DisclosuresCategory, disclosures));

        // The row stays (retained invoices point at it); its contact fields go.
        var account = await sql.ExecuteSqlAsync($"""
            UPDATE "Accounts" SET "FullName" = NULL, "BillingEmail" = NULL, "PostalAddress" = NULL, "PostalCode" = NULL,
                "Country" = NULL, "ErasedAtUtc" = {now}
            WHERE "AccountId" = {accountId} AND "ErasedAtUtc" IS NULL
            """, cancellationToken);
        erased.Add(new("account-details", account));

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
