using System.Globalization;

namespace DsarPlatform.Stores.Generation;

/// <summary>
/// Per account: billing details, one or two cards, a monthly plan (a completed order and an invoice a
/// month for 3–24 months), one in twenty with an open top-up, 10–200 calls over the last 90 days, and one in ten with
/// one to three disclosures for direct marketing over the last two years.
/// </summary>
internal static class BillingGenerator
{
    static readonly string[] Brands = ["Visa", "Mastercard", "Amex"];
    static readonly string[] Partners = ["Example Travel Offers Inc.|500 Example Avenue, Los Angeles, CA 90012, USA", "Example Magazine Group LLC|77 Sample Road, Sacramento, CA 95814, USA"];
    static readonly string[] Disclosed = ["name; postal address", "name; email address", "name; postal address; purchase history"];

    public static void Write(BulkWriter writer, GenerationPlan plan, IReadOnlyList<GeneratedPerson> people)
    {
        var random = new Random(plan.Seed + 3);
        var accounts = writer.Table("Accounts", "AccountId", "FullName", "BillingEmail", "PostalAddress", "PostalCode", "Country", "CreatedAtUtc");
        var cards = writer.Table("PaymentInstruments", "Id", "AccountId", "Token", "LastFour", "Brand", "ExpiryMonth", "ExpiryYear", "AddedAtUtc");
        var orders = writer.Table("Orders", "Id", "AccountId", "Description", "AmountCents", "Currency", "Status", "PlacedAtUtc");
        var invoices = writer.Table("Invoices", "Id", "AccountId", "Number", "IssuedAtUtc", "AmountCents", "Currency");
        var calls = writer.Table("CallRecords", "Id", "AccountId", "CalleeNumber", "StartedAtUtc", "DurationSeconds", "CostCents");
        var disclosures = writer.Table("DirectMarketingDisclosures", "Id", "AccountId", "DisclosedOn", "Categories", "ThirdPartyName", "ThirdPartyAddress");
        for (var index = 0; index < people.Count; index++)
        {
            var person = people[index];
            var currency = person.Country == "US" ? "USD" : person.Country == "GB" ? "GBP" : "EUR";
            var months = random.Next(3, 25);
            var joined = plan.NowUtc.AddDays(-31 * months - random.Next(20));
            writer.Insert(accounts, person.AccountId, person.FullName, person.Email, $"{random.Next(1, 300)} Example Street, {person.City}",
                person.PostalCode, person.Country, joined);

            for (var card = random.Next(1, 3); card > 0; card--)
            {
                var lastFour = random.Next(10_000).ToString("D4");
                writer.Insert(cards, BulkWriter.Text(random.NextGuid()), person.AccountId, $"tok_gen_{index}_{card}_{lastFour}", lastFour,
                    Brands[random.Next(Brands.Length)], random.Next(1, 13), plan.NowUtc.Year + random.Next(1, 5), joined);
            }

            var amount = 999 + 500 * random.Next(5);
            for (var month = 0; month < months; month++)
            {
                var issued = joined.AddDays(31 * month + 1);
                writer.Insert(orders, BulkWriter.Text(random.NextGuid()), person.AccountId, "Unlimited calling, monthly plan", amount, currency, "Completed", issued);
                writer.Insert(invoices, BulkWriter.Text(random.NextGuid()), person.AccountId, $"INV-{index:D6}-{month + 1:D3}", issued, amount, currency);
            }
            if (random.Next(20) == 0)
                writer.Insert(orders, BulkWriter.Text(random.NextGuid()), person.AccountId, "Calling credit top-up (awaiting payment capture)",
                    1000, currency, "Open", plan.NowUtc.AddHours(-random.Next(72)));

            for (var call = random.Next(10, 201); call > 0; call--)
            {
                var duration = random.Next(5, 3600);
                writer.Insert(calls, BulkWriter.Text(random.NextGuid()), person.AccountId, $"+1555{random.Next(10_000_000):D7}",
                    plan.NowUtc.AddSeconds(-random.Next(90 * 86_400)), duration, (duration + 59) / 60 * 2);
            }

            if (random.Next(10) == 0)
                for (var disclosure = random.Next(1, 4); disclosure > 0; disclosure--)
                {
                    var partner = Partners[random.Next(Partners.Length)].Split('|');
                    writer.Insert(disclosures, BulkWriter.Text(random.NextGuid()), person.AccountId,
                        plan.NowUtc.AddDays(-random.Next(730)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Disclosed[random.Next(Disclosed.Length)], partner[0], partner[1]);
                }
        }
    }
}
