using System.Collections.Concurrent;
using DsarPlatform.Contracts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// The write side of a SQLite store in this process: one transaction at a time per file, and the tasks that
/// queued meanwhile commit together in the next one.
/// </summary>
/// <remarks>
/// SQLite allows one writer per file, so that lock is what limits a store's throughput. Per task, its
/// begin, commit and write-ahead log pages cost about as much as the effect itself; committed together
/// they are paid once per group. Waiting is asynchronous: without it, other consumers' BEGIN IMMEDIATE met a
/// locked file and Microsoft.Data.Sqlite retried after a blocking 150 ms Thread.Sleep, starving the thread
/// pool the bus needs. Writers in other processes meet the lock and wait in the connection's busy timeout.
/// A group is all or nothing: when any of its tasks fails, each task runs again in a transaction of its own,
/// so one task's failure is never another's. Server databases get no group: their writers run concurrently.
/// </remarks>
internal static class SqliteGroupCommit
{
    // By connection string, so each task does not parse it again; by full path, so two spellings of one file share a queue.
    static readonly ConcurrentDictionary<string, FileWriter> ByConnectionString = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<string, FileWriter> ByFile = new(StringComparer.Ordinal);

    /// <summary>The writer of <paramref name="db"/>'s file, or null when it is not a SQLite database.</summary>
    public static FileWriter? For(DbContext db) =>
        db.Database.IsSqlite()
            ? ByConnectionString.GetOrAdd(db.Database.GetConnectionString()!, static connectionString =>
                ByFile.GetOrAdd(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), _ => new FileWriter(connectionString)))
            : null;

    /// <summary>
    /// Runs the queued tasks of one file, a group per transaction, on one loop that exists while tasks wait. When the
    /// queue runs dry after groups that erased or overwrote values, the loop checkpoints the file once
    /// (<see cref="WalCheckpoint"/>) before it ends: off the tasks' path (their results are out), once per burst, not per task.
    /// </summary>
    internal sealed class FileWriter(string connectionString)
    {
        // Bounds how long the first task of a group waits for the group's commit.
        const int MaxGroup = 64;

        readonly Lock sync = new();
        readonly Queue<GroupedStoreTask> waiting = new();
        bool draining;

        public Task<(StoreTaskOutcome Outcome, bool Repeated)> RunAsync(GroupedStoreTask task)
        {
            lock (sync)
            {
                waiting.Enqueue(task);
                if (draining) return task.Done.Task;
                draining = true;
            }
            _ = Task.Run(DrainAsync);
            return task.Done.Task;
        }

        async Task DrainAsync()
        {
            var removedValues = false;
            while (true)
            {
                var group = new List<GroupedStoreTask>();
                lock (sync)
                {
                    while (group.Count < MaxGroup && waiting.TryDequeue(out var task)) group.Add(task);
                    if (group.Count == 0 && !removedValues)
                    {
                        draining = false;
                        return;
                    }
                }
                if (group.Count == 0)
                {
                    removedValues = false;
                    await WalCheckpoint.TryAsync(connectionString);
                    continue;
                }
                await CommitAsync(group);
                removedValues |= group.Any(task => task.RemovesValues);
            }
        }

        /// <summary>Completes every task of the group with its outcome or its own failure; never throws.</summary>
        static async Task CommitAsync(List<GroupedStoreTask> group)
        {
            if (group.Count > 1)
            {
                try
                {
                    var outcomes = await ExecuteAndRecordAsync(group);
                    foreach (var task in group) task.Done.TrySetResult(outcomes[task]);
                    return;
                }
                catch
                {
                    // Rolled back as a whole; each task now runs alone, so only the failing one fails.
                }
            }
            foreach (var task in group)
            {
                try
                {
                    task.Done.TrySetResult((await ExecuteAndRecordAsync([task]))[task]);
                }
                catch (Exception failure)
                {
                    task.Done.TrySetException(failure);
                }
            }
        }

        /// <summary>
        /// One transaction in a scope of its own: each task's effect in queue order (its tracked changes saved
        /// before the next one starts, so a later task sees an earlier one's), then its record. A task queued
        /// twice is done once and the second copy reports the same outcome as a repeat.
        /// </summary>
        static async Task<Dictionary<GroupedStoreTask, (StoreTaskOutcome, bool)>> ExecuteAndRecordAsync(List<GroupedStoreTask> group)
        {
            await using var scope = group[0].Scopes.CreateAsyncScope();
            var db = group[0].DbIn(scope.ServiceProvider);
            await using var transaction = await WriteTransaction.BeginAsync(db);
            var outcomes = new Dictionary<GroupedStoreTask, (StoreTaskOutcome, bool)>();
            var done = new Dictionary<Guid, StoreTaskOutcome>();
            foreach (var task in group)
            {
                if (done.TryGetValue(task.TaskId, out var first))
                {
                    outcomes[task] = (first, true);
                    continue;
                }
                var outcome = await task.ExecuteAndRecordAsync(scope.ServiceProvider, db);
                done[task.TaskId] = outcome;
                outcomes[task] = (outcome, false);
            }
            await transaction.CommitAsync();
            return outcomes;
        }
    }
}
