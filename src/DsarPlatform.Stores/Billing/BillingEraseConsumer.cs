using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Billing;

/// <summary>
/// Erases a customer's billing data: call records, payment instruments, completed orders and the
/// account's contact fields. Invoices are kept for the tax retention period, and what an open
/// order still needs is kept until it can complete; each kept item is marked with its basis.
/// </summary>
public sealed class BillingEraseConsumer(
    BillingDbContext db, TimeProvider clock, IOptions<StoreOptions> options, ILogger<BillingEraseConsumer> logger)
    : StoreTaskConsumer<EraseSubjectData, BillingDbContext>(db, clock, logger)
{
    public const string InvoiceBasis = "tax law: invoices are kept for the statutory retention period";
    public const string OpenOrderBasis = "open order: needed to complete the transaction";

    readonly BillingStoreOptions settings = options.Value.Billing;

    protected override string StoreName => StoreNames.Billing;
    protected override string Action => StoreActions.Erase;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var accountId = command.AccountId;
        var now = Clock.GetUtcNow().UtcDateTime;
        var erased = new List<CategoryCount>();
        var retained = new List<RetainedItem>();

        var calls = await Db.CallRecords.Where(c => c.AccountId == accountId).ExecuteDeleteAsync(cancellationToken);
        erased.Add(new("call-records", calls));

        var openOrders = await Db.Orders.Where(o => o.AccountId == accountId && o.Status == OrderStatus.Open).ToListAsync(cancellationToken);
        var instruments = Db.PaymentInstruments.Where(p => p.AccountId == accountId);
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

        var completedOrders = await Db.Orders
            .Where(o => o.AccountId == accountId && o.Status == OrderStatus.Completed)
            .ExecuteDeleteAsync(cancellationToken);
        erased.Add(new("completed-orders", completedOrders));

        erased.Add(new("account-details", await AnonymiseAccountAsync(accountId, now, cancellationToken)));

        var invoices = await RetainInvoicesAsync(accountId, cancellationToken);
        if (invoices is not null) retained.Add(invoices);

        return new StoreTaskOutcome(erased, retained);
    }

    async Task<int> AnonymiseAccountAsync(string accountId, DateTime now, CancellationToken cancellationToken)
    {
        var account = await Db.Accounts.SingleOrDefaultAsync(a => a.AccountId == accountId, cancellationToken);
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
        var invoices = await Db.Invoices.Where(i => i.AccountId == accountId).ToListAsync(cancellationToken);
        if (invoices.Count == 0) return null;
        foreach (var invoice in invoices)
        {
            invoice.RetentionBasis = InvoiceBasis;
            invoice.RetainUntilUtc = invoice.IssuedAtUtc.AddYears(settings.InvoiceRetentionYears);
        }
        return new RetainedItem("invoices", invoices.Count, InvoiceBasis, invoices.Max(i => i.RetainUntilUtc!.Value));
    }
}
