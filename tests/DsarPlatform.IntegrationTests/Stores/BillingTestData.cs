using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>
/// Reads and writes the billing store's own database from the test, through the store's own DbContext
/// registration, so the same code works whichever provider the stores process was given.
/// Test accounts hold synthetic ids and data only.
/// </summary>
public sealed class BillingTestData(IReadOnlyDictionary<string, string?> storeSettings) : IAsyncDisposable
{
    readonly ServiceProvider services = new ServiceCollection()
        .AddStoreDatabases(new ConfigurationBuilder().AddInMemoryCollection(storeSettings).Build())
        .BuildServiceProvider();

    public static string AccountId(int index) => $"reliability-{index:D4}";

    /// <summary>Adds accounts, each with one call record (erased by a task) and one payment card.</summary>
    public async Task AddAccountsAsync(int count)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var now = DateTime.UtcNow;
        for (var index = 0; index < count; index++)
        {
            var accountId = AccountId(index);
            db.Accounts.Add(new BillingAccount { AccountId = accountId, FullName = "Test Person", BillingEmail = $"{accountId}@example.test", CreatedAtUtc = now });
            db.CallRecords.Add(new CallRecord { AccountId = accountId, CalleeNumber = "+15550000000", StartedAtUtc = now.AddHours(-1), DurationSeconds = 60, CostCents = 5 });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Rows in ProcessedTasks per task id: the store's record of each effect.</summary>
    public async Task<Dictionary<Guid, int>> ProcessedTaskCountsAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        return await db.ProcessedTasks.GroupBy(t => t.TaskId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
    }

    /// <summary>How many test accounts are erased (contact fields gone) and how many call records remain.</summary>
    public async Task<(int ErasedAccounts, int CallRecordsLeft)> ErasureStateAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var erased = await db.Accounts.CountAsync(a => a.ErasedAtUtc != null && a.FullName == null);
        var calls = await db.CallRecords.CountAsync();
        return (erased, calls);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
