using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Bench.Flow;

/// <summary>
/// Deletion requests at the moment their verification commits: in one transaction, what
/// <c>VerifyIdentityActivity</c> and <c>DispatchToStoresActivity</c> leave behind for each (the request verified,
/// the instance waiting on step 2's store tasks, four pending erase tasks, their outbox rows made by the product's
/// own <see cref="StoreTaskDispatcher"/>, the journal lines), so every request is released by that one commit.
/// The receipt email the verification also queues is left out: the flow measured ends before the reply's email.
/// </summary>
public static class VerifiedDeletions
{
    public const string DefinitionId = "deletion";
    public const int EraseStep = 2;
    public const string DirectoryWait = "directory-propagation";
    static readonly string[] Stores = [StoreNames.Billing, StoreNames.Contacts, StoreNames.ImHistory, StoreNames.Directory];

    /// <summary>A billing account with a card and a listed directory profile for each, so the erasure removes something.</summary>
    public static async Task SeedAccountsAsync(FlowDatabases databases, IReadOnlyList<string> accountIds)
    {
        var then = DateTime.UtcNow.AddDays(-100);
        await using (var billing = databases.Billing())
        {
            foreach (var id in accountIds)
            {
                billing.Accounts.Add(new BillingAccount { AccountId = id, FullName = "Flow Bench", BillingEmail = $"{id}@example.com", Country = "US", CreatedAtUtc = then });
                billing.PaymentInstruments.Add(new PaymentInstrument
                {
                    AccountId = id, Token = $"tok_{id}", LastFour = "4242", Brand = "visa", ExpiryMonth = 12, ExpiryYear = then.Year + 2, AddedAtUtc = then,
                });
            }
            await billing.SaveChangesAsync();
        }
        await using var directory = databases.Directory();
        foreach (var id in accountIds)
        {
            directory.Profiles.Add(new DirectoryProfile { AccountId = id, DisplayName = "Flow Bench", FullName = "Flow Bench", Email = $"{id}@example.com", Country = "US", CreatedAtUtc = then });
            directory.Listings.Add(new DirectoryListing { AccountId = id, Listed = true, ListedAtUtc = then });
        }
        await directory.SaveChangesAsync();
    }

    /// <summary>Commits every verification at once; returns when the commit is done (the flow's start).</summary>
    public static async Task ReleaseAsync(FlowDatabases databases, IReadOnlyList<string> accountIds)
    {
        await using var db = databases.Workflow();
        var version = await db.StoredDefinitions.Where(d => d.DefinitionId == DefinitionId).MaxAsync(d => d.Version);
        var dispatcher = new StoreTaskDispatcher(new PayloadSeal(new byte[32])); // erase tasks carry nothing sealed
        var now = DateTime.UtcNow;
        foreach (var accountId in accountIds)
        {
            var request = new DsarRequest
            {
                Reference = RequestReference.New(), Type = RequestType.Deletion, Channel = IntakeChannels.Api,
                AccountId = accountId, RecordEmail = $"{accountId}@example.com", SubmittedAccountId = accountId,
                SubmittedEmail = $"{accountId}@example.com", SubmittedName = "Flow Bench",
                ReceivedAtUtc = now.AddMinutes(-5), InitialDueAtUtc = now.AddDays(30), DueAtUtc = now.AddDays(30), VerifiedAtUtc = now,
            };
            var instance = new WorkflowInstance
            {
                RequestId = request.Id, DefinitionId = DefinitionId, DefinitionVersion = version, StepIndex = EraseStep,
                CurrentStep = "erase-in-stores", Status = InstanceStatus.Waiting, BookmarkKind = BookmarkKind.StoreTasks,
                BookmarkKey = StoreTaskFinished.KeyFor(EraseStep), CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            db.Requests.Add(request);
            db.Instances.Add(instance);
            void Journal(string step, string @event, string? detail = null, string actor = "system", string role = "system") =>
                db.Journal.Append(request.Id, instance.Id, step, @event, actor, role, now, detail);
            Journal("verify-identity", "SignalReceived", "IdentityVerified", "requester", "DataSubject");
            Journal("verify-identity", "IdentityVerified", "level 1; matched: none");
            Journal("verify-identity", "StepCompleted");
            Journal("erase-in-stores", "StepStarted");
            foreach (var store in Stores)
            {
                var task = new StoreTask
                {
                    RequestId = request.Id, InstanceId = instance.Id, StepIndex = EraseStep, Store = store,
                    Action = StoreActions.Erase, CreatedAtUtc = now,
                };
                db.StoreTasks.Add(task);
                dispatcher.Dispatch(db, task, request, now);
                Journal("erase-in-stores", "TaskDispatched", $"{StoreActions.Erase} → {store} (task {task.Id})");
            }
        }
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// How far the released requests have got: outbox rows not yet sent, tasks not yet answered (counted only once the
    /// outbox is empty, when they can be: that count scans the tasks and cost PostgreSQL 5.7 ms a poll), instances in the
    /// directory wait.
    /// </summary>
    public static async Task<FlowProgress> ProgressAsync(FlowDatabases databases, DateTime releasedAtUtc)
    {
        await using var db = databases.Workflow();
        var unsent = await db.Outbox.CountAsync(m => m.SentAtUtc == null);
        int? pending = unsent > 0 ? null : await db.StoreTasks.CountAsync(t => t.CreatedAtUtc >= releasedAtUtc && t.Status == StoreTaskStatus.Pending);
        var waiting = await db.Instances.CountAsync(i => i.CreatedAtUtc >= releasedAtUtc && i.CurrentStep == DirectoryWait && i.Status == InstanceStatus.Waiting);
        var faulted = await db.Instances.CountAsync(i => i.CreatedAtUtc >= releasedAtUtc && i.Status == InstanceStatus.Faulted);
        return new FlowProgress(unsent, pending, waiting, faulted);
    }
}
