using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Billing;

/// <summary>The billing categories of an export, explained for the customer.</summary>
internal static class BillingExport
{
    const string Contract = "contract: needed to provide and bill the service you pay for";
    static readonly string[] Processor = ["our payment processor"];

    static readonly CategoryDescription AccountDetails = new("account-details",
        "Your billing name, email and postal address.", "To send you invoices and bill you.",
        Contract, ["our payment processor", "our tax advisers"], "Until you close your account or ask us to erase it.", "You, when you signed up or updated your billing details.");

    static readonly CategoryDescription PaymentInstruments = new("payment-instruments",
        "The cards you saved: brand, last four digits and expiry date. We never store the full card number.",
        "To charge you for your plan and top-ups.", Contract, Processor,
        "Until you remove the card or ask us to erase it; kept while an order still needs it.", "You, when you added the card.");

    static readonly CategoryDescription Orders = new("orders",
        "What you bought from us: plans and calling credit, with amounts and status.", "To deliver and charge what you ordered.",
        Contract, Processor, "Until you ask us to erase it; an open order is kept until it completes.", "Your purchases.");

    static CategoryDescription Invoices(BillingStoreOptions settings) => new("invoices",
        "The invoices we issued to you.", "To meet our accounting and tax obligations.",
        "legal obligation: tax law requires keeping invoices", ["our tax advisers", "tax authorities on request"],
        $"{settings.InvoiceRetentionYears} years from the invoice date, even after an erasure request.", "Created by us from your orders.");

    static readonly CategoryDescription CallRecords = new("call-records",
        "The calls you made: number called, start time, length and cost (traffic data).", "To bill your calls and answer billing questions.",
        Contract, ["the telephone networks that carried your calls"], "Until billed and any dispute period has passed, or until you ask us to erase it.",
        "Our network, when you made the calls.");

    public const string DisclosuresCategory = "direct-marketing-disclosures";

    static readonly CategoryDescription Disclosures = new(DisclosuresCategory,
        "The personal information we disclosed to other companies for their own direct marketing: when, what and to whom.",
        "To tell you, when you ask, who received your information for direct marketing (California Civil Code 1798.83).",
        "legal obligation: California's \"Shine the Light\" law gives you the right to know", ["the companies named in each row"],
        "Until you ask us to erase it.", "Our records of each disclosure.");

    public static async Task WriteAsync(BillingDbContext db, string accountId, BillingStoreOptions settings, ExportWriter export, CancellationToken cancellationToken)
    {
        await export.WriteCategoryAsync(AccountDetails,
            db.Accounts.AsNoTracking().Where(a => a.AccountId == accountId).AsAsyncEnumerable(),
            (a, r) => r.Add("fullName", a.FullName).Add("billingEmail", a.BillingEmail).Add("postalAddress", a.PostalAddress)
                .Add("postalCode", a.PostalCode).Add("country", a.Country).Add("createdAtUtc", a.CreatedAtUtc), cancellationToken);

        await export.WriteCategoryAsync(PaymentInstruments,
            db.PaymentInstruments.AsNoTracking().Where(p => p.AccountId == accountId).OrderBy(p => p.AddedAtUtc).AsAsyncEnumerable(),
            (p, r) => r.Add("brand", p.Brand).Add("lastFour", p.LastFour).Add("expiry", $"{p.ExpiryMonth:D2}/{p.ExpiryYear}")
                .Add("addedAtUtc", p.AddedAtUtc).Add("keptBecause", p.RetentionBasis).Add("keptUntilUtc", p.RetainUntilUtc), cancellationToken);

        await export.WriteCategoryAsync(Orders,
            db.Orders.AsNoTracking().Where(o => o.AccountId == accountId).OrderBy(o => o.PlacedAtUtc).AsAsyncEnumerable(),
            (o, r) => r.Add("description", o.Description).AddMoney("amount", o.AmountCents, o.Currency)
                .Add("status", o.Status.ToString()).Add("placedAtUtc", o.PlacedAtUtc), cancellationToken);

        await export.WriteCategoryAsync(Invoices(settings),
            db.Invoices.AsNoTracking().Where(i => i.AccountId == accountId).OrderBy(i => i.IssuedAtUtc).AsAsyncEnumerable(),
            (i, r) => r.Add("number", i.Number).Add("issuedAtUtc", i.IssuedAtUtc).AddMoney("amount", i.AmountCents, i.Currency)
                .Add("keptBecause", i.RetentionBasis).Add("keptUntilUtc", i.RetainUntilUtc), cancellationToken);

        await export.WriteCategoryAsync(CallRecords,
            db.CallRecords.AsNoTracking().Where(c => c.AccountId == accountId).OrderBy(c => c.StartedAtUtc).AsAsyncEnumerable(),
            (c, r) => r.Add("numberCalled", c.CalleeNumber).Add("startedAtUtc", c.StartedAtUtc)
                .Add("durationSeconds", c.DurationSeconds).Add("costInCents", c.CostCents), cancellationToken);

        await export.WriteCategoryAsync(Disclosures,
            db.MarketingDisclosures.AsNoTracking().Where(d => d.AccountId == accountId).OrderBy(d => d.DisclosedOn).AsAsyncEnumerable(),
            (d, r) => r.Add("disclosedOn", d.DisclosedOn)
                .Add("categories", string.Join(", ", d.CategoryList())).Add("thirdPartyName", d.ThirdPartyName)
                .Add("thirdPartyAddress", d.ThirdPartyAddress), cancellationToken);
    }
}
