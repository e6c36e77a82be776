using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.DemoData;

/// <summary>
/// Puts the demo customers into a store's database, once. The seed is recorded as a processed
/// task with a fixed id, in the same transaction as the data, so it never runs twice (not even
/// after the demo customers were erased) and two processes starting together seed once.
/// </summary>
public static class DemoDataSeeder
{
    public static readonly Guid SeedTaskId = new("5eed0000-0000-4000-8000-00000000d3e0");
    const string SeedAction = "SeedDemoData";

    public static Task SeedAsync(IServiceProvider services, string store, CancellationToken cancellationToken = default)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return store switch
        {
            StoreNames.Billing => SeedAsync(services.GetRequiredService<BillingDbContext>(), db => BillingSeed.Add(db, now), now, cancellationToken),
            StoreNames.Contacts => SeedAsync(services.GetRequiredService<ContactsDbContext>(), db => ContactsSeed.Add(db, now), now, cancellationToken),
            StoreNames.ImHistory => SeedAsync(services.GetRequiredService<ImHistoryDbContext>(), db => ImHistorySeed.Add(db, now), now, cancellationToken),
            StoreNames.Directory => SeedAsync(services.GetRequiredService<DirectoryDbContext>(), db => DirectorySeed.Add(db, now), now, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(store), store, "Unknown store."),
        };
    }

    static async Task SeedAsync<TContext>(TContext db, Action<TContext> addData, DateTime now, CancellationToken cancellationToken)
        where TContext : StoreDbContext
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.ProcessedTasks.AnyAsync(t => t.TaskId == SeedTaskId, cancellationToken)) return;

        addData(db);
        db.ProcessedTasks.Add(new ProcessedTask
        {
            TaskId = SeedTaskId,
            Action = SeedAction,
            OutcomeJson = JsonSerializer.Serialize(new StoreTaskOutcome([], [])),
            ProcessedAtUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
