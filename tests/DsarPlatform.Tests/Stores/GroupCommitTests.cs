using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Directory;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Stores;

/// <summary>
/// On SQLite the tasks that queue while a store's file is being written commit together in the next
/// transaction. These tests hold the file's write lock from outside while tasks arrive, so they do queue,
/// and check that committing together changes nothing a task's sender can see.
/// </summary>
[TestFixture, CancelAfter(60_000)]
public class GroupCommitTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId;
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() =>
        host = await StoreTestHost.StartAsync(moreConsumers: bus => bus.AddConsumer<FailingDirectoryConsumer>().Endpoint(e => e.Name = "failing"));

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    [Test]
    public async Task A_task_that_fails_among_others_fails_alone_and_the_others_commit_with_their_own_outcomes()
    {
        var checks = DemoCustomers.All.SelectMany(c => Enumerable.Range(0, 4).Select(_ => new CheckDirectoryListing(Guid.NewGuid(), Guid.NewGuid(), c.AccountId))).ToList();
        var rename = RectifyAlice(new FieldChange(SubjectFields.DisplayName, "Ali"));
        var failing = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice);

        await using (await HoldWriteLockAsync(StoreNames.Directory))
        {
            await SendInTurnAsync(StoreNames.Directory, checks[0]);
            await SendInTurnAsync(StoreNames.Directory, checks[1]);
            await SendInTurnAsync("failing", failing);
            await SendInTurnAsync(StoreNames.Directory, rename);
            foreach (var check in checks.Skip(2)) await host.SendAsync(StoreNames.Directory, check);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.That(await host.Harness.Published.Any<StoreTaskFailed>(m => m.Context.Message.TaskId == failing.TaskId), Is.True);
        foreach (var check in checks.Append<IStoreTask>(rename))
            await host.WaitForCompletionAsync(check.TaskId);
        Assert.That(checks.Select(c => host.CompletionsOf(c.TaskId).Single().Outcome.StillListed), Is.All.EqualTo(true));
        Assert.That(host.CompletionsOf(rename.TaskId).Single().Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("field:displayName", 1) }));

        await using var scope = host.Scope();
        var db = host.Db<DirectoryDbContext>(scope);
        Assert.That(await db.Listings.CountAsync(), Is.EqualTo(3), "the failing task's deletes were rolled back");
        Assert.That((await db.Profiles.SingleAsync(p => p.AccountId == Alice)).DisplayName, Is.EqualTo("Ali"));
        var recorded = await db.ProcessedTasks.Select(t => t.TaskId).ToListAsync();
        Assert.That(recorded, Is.SupersetOf(checks.Select(c => c.TaskId).Append(rename.TaskId)));
        Assert.That(recorded, Does.Not.Contain(failing.TaskId));
    }

    [Test]
    public async Task A_correction_and_an_erasure_committed_together_leave_the_account_erased()
    {
        // The correction's tracked change must be saved before the erasure's statements run, or it would bring
        // the name back. (Bob's erasure goes first and commits alone: the first task to wait starts the queue.)
        var rename = RectifyAlice(new FieldChange(SubjectFields.FullName, "Alice Renamed"));
        var erase = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice);

        var first = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Bob.AccountId);

        await using (await HoldWriteLockAsync(StoreNames.Billing))
        {
            await SendInTurnAsync(StoreNames.Billing, first);
            await SendInTurnAsync(StoreNames.Billing, rename);
            await SendInTurnAsync(StoreNames.Billing, erase);
        }
        await host.WaitForCompletionAsync(first.TaskId);
        await host.WaitForCompletionAsync(rename.TaskId);
        await host.WaitForCompletionAsync(erase.TaskId);

        await using var scope = host.Scope();
        var account = await host.Db<BillingDbContext>(scope).Accounts.SingleAsync(a => a.AccountId == Alice);
        Assert.That((account.FullName, account.ErasedAtUtc), Is.EqualTo(((string?)null, (DateTime?)StoreTestHost.Start.UtcDateTime)));
    }

    RectifySubjectData RectifyAlice(FieldChange change) => host.Rectify(Alice, change);

    /// <summary>
    /// Sends a task and gives it time to reach the file's queue, so tasks queue in the order sent. The first task
    /// to queue commits alone (it starts the queue and waits for the lock); the ones after it wait together.
    /// </summary>
    async Task SendInTurnAsync(string queue, IStoreTask task)
    {
        await host.SendAsync(queue, task);
        await Task.Delay(TimeSpan.FromMilliseconds(300));
    }

    /// <summary>An open write transaction on the store's file from another connection, as another process would hold it.</summary>
    async Task<SqliteConnection> HoldWriteLockAsync(string store)
    {
        var connection = await host.OpenStoreFileAsync(store);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
