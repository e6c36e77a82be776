using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Directory;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Customers for the multi-host test in the PostgreSQL store databases the first store worker migrated: a directory
/// profile with the facts verification asks for (phone, postal code, country) and the city a correction changes, a
/// search listing, and a billing account with a card, so each request type finds something to export, rectify or erase.
/// </summary>
public static class MultiHostAccounts
{
    public static async Task<IReadOnlyList<CrashTestAccount>> SeedAsync(string directoryDatabase, string billingDatabase, int count)
    {
        var accounts = Enumerable.Range(1, count)
            .Select(i => new CrashTestAccount($"multi{i:D4}.test", $"multi{i:D4}@example.com", $"Multi Tester {i:D4}"))
            .ToList();
        var since = DateTime.UtcNow.AddDays(-100);
        await using (var directory = new DirectoryPostgreSqlDbContext(
            new DbContextOptionsBuilder<DirectoryPostgreSqlDbContext>().UseNpgsql(directoryDatabase).Options))
        {
            foreach (var (account, i) in accounts.Select((a, i) => (a, i)))
            {
                directory.Profiles.Add(new DirectoryProfile
                {
                    AccountId = account.AccountId, DisplayName = account.FullName, FullName = account.FullName, Email = account.Email,
                    Phone = Phone(i), Country = "US", PostalCode = PostalCode, City = "Springfield", CreatedAtUtc = since,
                });
                directory.Listings.Add(new DirectoryListing { AccountId = account.AccountId, Listed = true, ListedAtUtc = since });
            }
            await directory.SaveChangesAsync();
        }
        await using (var billing = new BillingPostgreSqlDbContext(
            new DbContextOptionsBuilder<BillingPostgreSqlDbContext>().UseNpgsql(billingDatabase).Options))
        {
            foreach (var account in accounts)
            {
                billing.Accounts.Add(new BillingAccount
                {
                    AccountId = account.AccountId, FullName = account.FullName, BillingEmail = account.Email, Country = "US", CreatedAtUtc = since,
                });
                billing.PaymentInstruments.Add(new PaymentInstrument
                {
                    AccountId = account.AccountId, Token = $"tok_{account.AccountId}", LastFour = "4242", Brand = "visa",
                    ExpiryMonth = 12, ExpiryYear = since.Year + 2, AddedAtUtc = since,
                });
            }
            await billing.SaveChangesAsync();
        }
        return accounts;
    }

    public const string PostalCode = "62701";

    /// <summary>The phone on record of the <paramref name="index"/>th account (a 555 number).</summary>
    public static string Phone(int index) => $"+1555{index:D7}";
}
