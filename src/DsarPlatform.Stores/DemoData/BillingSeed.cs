using DsarPlatform.Stores.Billing;

namespace DsarPlatform.Stores.DemoData;

/// <summary>
/// Billing data for the demo customers: an account, a card, a year of invoices, recent calls. Bob has an open order.
/// Alice and Bob have disclosures for direct marketing in the preceding calendar year, Alice one in the current year
/// too; Chloé has none.
/// </summary>
internal static class BillingSeed
{
    public static void Add(BillingDbContext db, DateTime now)
    {
        for (var index = 0; index < DemoCustomers.All.Count; index++)
        {
            var customer = DemoCustomers.All[index];
            var currency = customer.Country == "FR" ? "EUR" : "USD";
            var joined = now.AddDays(-400 - 30 * index);
            db.Accounts.Add(new BillingAccount
            {
                AccountId = customer.AccountId,
                FullName = customer.FullName,
                BillingEmail = customer.Email,
                PostalAddress = $"{customer.StreetAddress}, {customer.City}",
                PostalCode = customer.PostalCode,
                Country = customer.Country,
                CreatedAtUtc = joined,
            });
            db.PaymentInstruments.Add(new PaymentInstrument
            {
                AccountId = customer.AccountId,
                Token = $"tok_demo_{customer.AccountId.Replace(".demo", "")}_{customer.CardLastFour}",
                LastFour = customer.CardLastFour,
                Brand = customer.CardBrand,
                ExpiryMonth = 3 + index,
                ExpiryYear = now.Year + 2,
                AddedAtUtc = joined,
            });
            AddOrdersAndInvoices(db, customer, index, currency, now);
            AddCalls(db, customer, index, now);
        }
        AddDisclosures(db, now);
    }

    /// <summary>Made-up partners at example addresses (none is a real company).</summary>
    static void AddDisclosures(BillingDbContext db, DateTime now)
    {
        const string Travel = "Example Travel Offers Inc.";
        const string TravelAddress = "500 Example Avenue, Suite 200, Los Angeles, CA 90012, USA";
        const string Magazine = "Example Magazine Group LLC";
        const string MagazineAddress = "77 Sample Road, Sacramento, CA 95814, USA";
        var lastYear = now.Year - 1;
        var thisYear = new DateOnly(now.Year, 1, 1).AddDays((now.DayOfYear - 1) / 2);
        Add(DemoCustomers.Alice, new DateOnly(lastYear, 3, 14), "name; postal address; email address", Travel, TravelAddress);
        Add(DemoCustomers.Alice, new DateOnly(lastYear, 9, 2), "name; postal address", Magazine, MagazineAddress);
        Add(DemoCustomers.Bob, new DateOnly(lastYear, 6, 20), "name; email address; purchase history", Travel, TravelAddress);
        Add(DemoCustomers.Alice, thisYear, "name; email address", Magazine, MagazineAddress);

        void Add(DemoCustomer customer, DateOnly on, string categories, string name, string address) =>
            db.MarketingDisclosures.Add(new DirectMarketingDisclosure
            {
                AccountId = customer.AccountId, DisclosedOn = on, Categories = categories, ThirdPartyName = name, ThirdPartyAddress = address,
            });
    }

    static void AddOrdersAndInvoices(BillingDbContext db, DemoCustomer customer, int index, string currency, DateTime now)
    {
        // A quarterly plan: four invoices over the past year, each for a completed order.
        for (var quarter = 0; quarter < 4; quarter++)
        {
            var issued = now.Date.AddDays(-20 - 91 * quarter - index).AddHours(9);
            var amount = 2499 + 500 * index;
            db.Orders.Add(new Order
            {
                AccountId = customer.AccountId, Description = "Unlimited calling, quarterly plan",
                AmountCents = amount, Currency = currency, Status = OrderStatus.Completed, PlacedAtUtc = issued,
            });
            db.Invoices.Add(new Invoice
            {
                AccountId = customer.AccountId, Number = $"INV-{issued:yyyyMM}-{customer.AccountId.ToUpperInvariant()}-{quarter + 1}",
                IssuedAtUtc = issued, AmountCents = amount, Currency = currency,
            });
        }
        if (customer == DemoCustomers.Bob)
            db.Orders.Add(new Order
            {
                AccountId = customer.AccountId, Description = "Calling credit top-up (awaiting payment capture)",
                AmountCents = 1000, Currency = currency, Status = OrderStatus.Open, PlacedAtUtc = now.AddDays(-1),
            });
    }

    static void AddCalls(BillingDbContext db, DemoCustomer customer, int index, DateTime now)
    {
        var others = DemoCustomers.All.Where(c => c != customer).Select(c => c.Phone).ToArray();
        for (var call = 0; call < 12; call++)
        {
            var duration = 45 + (call * 97 + index * 31) % 1200;
            db.CallRecords.Add(new CallRecord
            {
                AccountId = customer.AccountId,
                CalleeNumber = call % 3 == 2 ? $"+1555555{(call * 37 + index) % 10000:D4}" : others[call % 2],
                StartedAtUtc = now.AddHours(-9 - 55 * call - 7 * index),
                DurationSeconds = duration,
                CostCents = (duration + 59) / 60 * 2,
            });
        }
    }
}
