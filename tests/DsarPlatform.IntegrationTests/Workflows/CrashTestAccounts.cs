using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Directory;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Test customers in the store databases of a data folder the web host already created: a directory
/// profile and listing (what intake matches) and a card in billing, so an erasure has something to remove.
/// </summary>
public static class CrashTestAccounts
{
    public static async Task<IReadOnlyList<CrashTestAccount>> SeedAsync(string dataFolder, int count)
    {
        var accounts = Enumerable.Range(1, count)
            .Select(i => new CrashTestAccount($"crash{i:D3}.test", $"crash{i:D3}@example.com", $"Crash Tester {i:D3}"))
            .ToList();
        var now = DateTime.UtcNow.AddDays(-100);
        await using (var directory = Directory(dataFolder))
        {
            foreach (var account in accounts)
            {
                directory.Profiles.Add(new DirectoryProfile
                {
                    AccountId = account.AccountId, DisplayName = account.FullName, FullName = account.FullName,
                    Email = account.Email, Country = "US", CreatedAtUtc = now,
                });
                directory.Listings.Add(new DirectoryListing { AccountId = account.AccountId, Listed = true, ListedAtUtc = now });
            }
            await directory.SaveChangesAsync();
        }
        await using (var billing = Billing(dataFolder))
        {
            foreach (var account in accounts)
            {
                billing.Accounts.Add(new BillingAccount
                {
                    AccountId = account.AccountId, FullName = account.FullName, BillingEmail = account.Email, Country = "US", CreatedAtUtc = now,
                });
                billing.PaymentInstruments.Add(new PaymentInstrument
                {
                    AccountId = account.AccountId, Token = $"tok_{account.AccountId}", LastFour = "4242", Brand = "visa",
                    ExpiryMonth = 12, ExpiryYear = now.Year + 2, AddedAtUtc = now,
                });
            }
            await billing.SaveChangesAsync();
        }
        return accounts;
    }

    /// <summary>Whether the account's profile and cards are gone from the stores.</summary>
    public static async Task<bool> IsErasedAsync(string dataFolder, string accountId)
    {
        await using var directory = Directory(dataFolder);
        await using var billing = Billing(dataFolder);
        var profile = await directory.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId);
        var cards = await billing.PaymentInstruments.CountAsync(p => p.AccountId == accountId);
        return profile is null or { Email: null, FullName: null } && cards == 0;
    }

    public static DirectoryDbContext Directory(string dataFolder) =>
        new(new DbContextOptionsBuilder<DirectoryDbContext>().UseSqlite(ConnectionString(dataFolder, StoreNames.Directory)).Options);

    public static BillingDbContext Billing(string dataFolder) =>
        new(new DbContextOptionsBuilder<BillingDbContext>().UseSqlite(ConnectionString(dataFolder, StoreNames.Billing)).Options);

    /// <summary>Unpooled, so no handle stays open on the files between the web host's runs.</summary>
    public static string ConnectionString(string dataFolder, string database) =>
        $"Data Source={Path.Combine(dataFolder, database + ".db")};Pooling=False";
}
