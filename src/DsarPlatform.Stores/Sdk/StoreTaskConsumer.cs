using System.Data.Common;
using DsarPlatform.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// The base of every store task handler. A handler implements <see cref="ExecuteAsync"/> (its effect
/// on its own database) and names itself; this class makes the task idempotent by task id and
/// reports the result. Stores normally implement <see cref="ISubjectDataStore"/> and get the export,
/// rectify and erase handlers built on this class; derive from it directly only for a store-specific
/// command such as the directory's listing check.
/// </summary>
/// <remarks>
/// The effect and the <see cref="ProcessedTask"/> row commit in one transaction, and the result is
/// published only after that commit. A redelivery finds the row and publishes the stored outcome
/// again (the workflow ignores a second result). A concurrent duplicate that missed the row runs the
/// effect too, but its insert of the same task id fails, so its whole transaction rolls back and it
/// reports the first one's outcome. Either way the effect happens once.
/// </remarks>
public abstract class StoreTaskConsumer<TCommand, TContext>(TContext db, TimeProvider clock, ILogger logger) : IConsumer<TCommand>
    where TCommand : class, IStoreTask
    where TContext : StoreDbContext
{
    protected TContext Db { get; } = db;
    protected TimeProvider Clock { get; } = clock;

    /// <summary>The store's name, one of <see cref="StoreNames"/>.</summary>
    protected abstract string StoreName { get; }

    /// <summary>The action reported in results, one of <see cref="StoreActions"/>.</summary>
    protected abstract string Action { get; }

    /// <summary>
    /// Do the task against <see cref="Db"/>. Runs inside a transaction; tracked changes are saved
    /// by the caller. Throw <see cref="PermanentStoreException"/> for failures retrying cannot fix;
    /// anything else is retried.
    /// </summary>
    protected abstract Task<StoreTaskOutcome> ExecuteAsync(TCommand command, CancellationToken cancellationToken);

    public async Task Consume(ConsumeContext<TCommand> context)
    {
        var command = context.Message;
        StoreTaskOutcome outcome;
        bool repeated;
        try
        {
            (outcome, repeated) = await RunOnceAsync(command, context.CancellationToken);
        }
        catch (PermanentStoreException failure)
        {
            logger.LogWarning("Store {Store} failed task {TaskId} ({Action}) permanently: {Reason}",
                StoreName, command.TaskId, Action, failure.Reason);
            await context.Publish(new StoreTaskFailed(command.TaskId, command.RequestId, StoreName, Action, failure.Reason));
            return;
        }

        // Logged after the transaction, not inside it: on SQLite the other consumers wait for the write lock meanwhile.
        if (repeated)
            logger.LogInformation("Store {Store} already processed task {TaskId}; reporting the stored outcome", StoreName, command.TaskId);
        else
            logger.LogInformation("Store {Store} processed task {TaskId} ({Action})", StoreName, command.TaskId, Action);
        await context.Publish(new StoreTaskCompleted(command.TaskId, command.RequestId, StoreName, Action, outcome));
    }

    /// <summary>The task's outcome, and whether it was found already done (a redelivery or duplicate).</summary>
    async Task<(StoreTaskOutcome Outcome, bool Repeated)> RunOnceAsync(TCommand command, CancellationToken cancellationToken)
    {
        // Opened and checked before the write lock, which on SQLite is what limits a store's throughput: opening
        // runs the connection's set-up statements, and a redelivery is answered without taking the lock.
        await Db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var done = await ProcessedTasks.FindOutcomeAsync(Db, command.TaskId, cancellationToken);
            if (done is not null) return (done, true);
            try
            {
                return (await ExecuteAndRecordAsync(command, cancellationToken), false);
            }
            catch (Exception failure) when (failure is DbException or DbUpdateException)
            {
                // A duplicate committed first: this transaction, effect included, rolled back on the task's
                // primary key, and the first one's outcome is the answer. Any other database error goes on.
                var first = await ProcessedTasks.FindOutcomeAsync(Db, command.TaskId, cancellationToken);
                if (first is null) throw;
                return (first, true);
            }
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }

    async Task<StoreTaskOutcome> ExecuteAndRecordAsync(TCommand command, CancellationToken cancellationToken)
    {
        // On SQLite the consumers of this process queue for the file's one write lock without blocking a thread.
        using var writer = await SqliteWriteGate.EnterAsync(Db, cancellationToken);
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        // All or nothing: a failure rolls back the whole transaction, so SaveChanges needs no savepoint of its own.
        Db.Database.AutoSavepointsEnabled = false;
        try
        {
            var outcome = await ExecuteAsync(command, cancellationToken);
            if (Db.ChangeTracker.HasChanges()) await Db.SaveChangesAsync(cancellationToken);
            await ProcessedTasks.RecordAsync(Db, command.TaskId, Action, outcome, Clock.GetUtcNow().UtcDateTime, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome;
        }
        catch
        {
            // A retry may run on this same context: forget the rolled-back changes.
            Db.ChangeTracker.Clear();
            throw;
        }
    }
}
