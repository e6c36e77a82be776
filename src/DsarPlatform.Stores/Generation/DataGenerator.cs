using System.Diagnostics;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Generation;

/// <summary>
/// Fills every store's database from a <see cref="GenerationPlan"/>, for load tests and benchmarks.
/// Each store is migrated first and generated once: a marker row (a processed task with a fixed id)
/// is written with the data, and a store that has it is skipped.
/// </summary>
public static class DataGenerator
{
    public static readonly Guid MarkerTaskId = new("9e4e0000-0000-4000-8000-000000000001");

    public static async Task GenerateAsync(IServiceProvider services, GenerationPlan plan, TextWriter log, CancellationToken cancellationToken = default)
    {
        var people = GeneratedPerson.Create(plan);
        foreach (var store in StoreNames.All)
        {
            await using var scope = services.CreateAsyncScope();
            var db = StoreDatabase.Resolve(scope.ServiceProvider, store);
            await db.Database.MigrateAsync(cancellationToken);
            if (await db.ProcessedTasks.AnyAsync(t => t.TaskId == MarkerTaskId, cancellationToken))
            {
                await log.WriteLineAsync($"{store}: already generated, skipped");
                continue;
            }

            var clock = Stopwatch.StartNew();
            using var writer = new BulkWriter(db.Database.GetConnectionString()!);
            Action<BulkWriter, GenerationPlan, IReadOnlyList<GeneratedPerson>> write = store switch
            {
                StoreNames.Billing => BillingGenerator.Write,
                StoreNames.Contacts => ContactsGenerator.Write,
                StoreNames.ImHistory => ImHistoryGenerator.Write,
                _ => DirectoryGenerator.Write,
            };
            write(writer, plan, people);
            writer.Insert(writer.Table("ProcessedTasks", "TaskId", "Action", "OutcomeJson", "ProcessedAtUtc"),
                BulkWriter.Text(MarkerTaskId), "GenerateData", $"{{\"seed\":{plan.Seed},\"accounts\":{plan.Accounts}}}", plan.NowUtc);
            writer.Commit();
            await log.WriteLineAsync($"{store}: {writer.Rows:N0} rows in {clock.Elapsed.TotalSeconds:F1} s");
        }
    }

    /// <summary>Rows per table in every store, read back through EF Core.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> CountAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var billing = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var contacts = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        var im = scope.ServiceProvider.GetRequiredService<ImHistoryDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        return new Dictionary<string, long>
        {
            ["billing.accounts"] = await billing.Accounts.LongCountAsync(cancellationToken),
            ["billing.payment-instruments"] = await billing.PaymentInstruments.LongCountAsync(cancellationToken),
            ["billing.orders"] = await billing.Orders.LongCountAsync(cancellationToken),
            ["billing.invoices"] = await billing.Invoices.LongCountAsync(cancellationToken),
            ["billing.call-records"] = await billing.CallRecords.LongCountAsync(cancellationToken),
            ["contacts.lists"] = await contacts.ContactLists.LongCountAsync(cancellationToken),
            ["contacts.entries"] = await contacts.ContactEntries.LongCountAsync(cancellationToken),
            ["im-history.conversations"] = await im.Conversations.LongCountAsync(cancellationToken),
            ["im-history.messages"] = await im.Messages.LongCountAsync(cancellationToken),
            ["im-history.heavy-user-messages"] = await HeavyUserMessages(im).LongCountAsync(cancellationToken),
            ["directory.profiles"] = await directory.Profiles.LongCountAsync(cancellationToken),
            ["directory.listed"] = await directory.Listings.LongCountAsync(l => l.Listed, cancellationToken),
        };
    }

    /// <summary>The messages the heavy user wrote or received.</summary>
    static IQueryable<ChatMessage> HeavyUserMessages(ImHistoryDbContext im) =>
        from p in im.Participants
        where p.AccountId == GenerationPlan.HeavyUser
        join m in im.Messages on p.ConversationId equals m.ConversationId
        select m;
}
