namespace DsarPlatform.Stores.Hosting;

/// <summary>Billing settings, section <c>Stores:Billing</c>.</summary>
public sealed class BillingStoreOptions
{
    /// <summary>Years an invoice is kept after its issue date (tax law).</summary>
    public int InvoiceRetentionYears { get; set; } = 7;

    /// <summary>
    /// How long an erasure keeps what an open order still needs before the retained items are
    /// due for another erasure; by then the order is expected to be complete.
    /// </summary>
    public TimeSpan OpenOrderHold { get; set; } = TimeSpan.FromDays(30);
}
