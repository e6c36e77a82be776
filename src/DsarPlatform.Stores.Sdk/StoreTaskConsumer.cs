using System.Data;
using System.Data.Common;
using DsarPlatform.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
/// reports the first one's outcome. Either way the effect happens once. On SQLite the transaction is
/// shared with the tasks queued for the same file (<see cref="SqliteGroupCommit"/>); a handler without a
/// DI scope (built by hand) takes a transaction of its own.
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
    /// by the caller. On SQLite the transaction may hold other tasks before and after this one, and this
    /// handler may be an instance resolved for that group: keep no state between calls. Throw
    /// <see cref="PermanentStoreException"/> for failures retrying cannot fix; anything else is retried.
    /// </summary>
    protected abstract Task<StoreTaskOutcome> ExecuteAsync(TCommand command, CancellationToken cancellationToken);

    /// <summary>
    /// True for a task that changes nothing in the database (an export, a listing check): it reads from one
    /// snapshot outside the write lock, so the store's writers go on meanwhile, and only its record is written.
    /// </summary>
    protected virtual bool ReadsOnly => false;

    public async Task Consume(ConsumeContext<TCommand> context)
    {
        var command = context.Message;
        StoreTaskOutcome outcome;
        bool repeated;
        try
        {
            (outcome, repeated) = await RunOnceAsync(command, ScopesOf(context), context.CancellationToken);
        }
        catch (PermanentStoreException failure)
        {
            logger.LogWarning("Store {Store} failed task {TaskId} ({Action}) permanently: {Reason}",
                StoreName, command.TaskId, Action, failure.Reason);
            await context.Publish(new StoreTaskFailed(command.TaskId, command.RequestId, StoreName, Action, failure.Reason));
            return;
        }

        // Logged after the transaction, not inside it.
        if (repeated)
            logger.LogInformation("Store {Store} already processed task {TaskId}; reporting the stored outcome", StoreName, command.TaskId);
        else
            logger.LogInformation("Store {Store} processed task {TaskId} ({Action})", StoreName, command.TaskId, Action);
        await context.Publish(new StoreTaskCompleted(command.TaskId, command.RequestId, StoreName, Action, outcome));
    }

    /// <summary>The task's outcome, and whether it was found already done (a redelivery or duplicate).</summary>
    async Task<(StoreTaskOutcome Outcome, bool Repeated)> RunOnceAsync(TCommand command, IServiceScopeFactory? scopes, CancellationToken cancellationToken)
    {
        // Checked before waiting for the write lock: a redelivery is answered without it.
        var done = await ProcessedTasks.FindOutcomeAsync(Db, command.TaskId, cancellationToken);
        if (done is not null) return (done, true);
        var read = ReadsOnly ? await ReadAsync(command, cancellationToken) : null;
        try
        {
            if (SqliteGroupCommit.For(Db) is { } writer && scopes is not null)
                return await writer.RunAsync(new Grouped(this, command, read, scopes, cancellationToken));
            await using var transaction = await WriteTransaction.BeginAsync(Db, cancellationToken);
            var outcome = await ExecuteAndRecordAsync(command, read, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (outcome, false);
        }
        catch (Exception failure) when (failure is DbException or DbUpdateException)
        {
            // A duplicate committed first: this transaction, effect included, rolled back on the task's
            // primary key, and the first one's outcome is the answer. Any other database error goes on.
            Db.ChangeTracker.Clear();
            var first = await ProcessedTasks.FindOutcomeAsync(Db, command.TaskId, cancellationToken);
            if (first is null) throw;
            return (first, true);
        }
        catch
        {
            // A retry may run on this same context: forget the rolled-back changes.
            Db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>
    /// A <see cref="ReadsOnly"/> task's outcome, read from one snapshot without the write lock. On SQLite,
    /// ReadUncommitted is how Microsoft.Data.Sqlite begins a deferred transaction; without a shared cache it
    /// still reads committed data only, as of its first read (write-ahead log).
    /// </summary>
    async Task<StoreTaskOutcome> ReadAsync(TCommand command, CancellationToken cancellationToken)
    {
        var level = Db.Database.IsSqlite() ? IsolationLevel.ReadUncommitted : IsolationLevel.RepeatableRead;
        await using var snapshot = await Db.Database.BeginTransactionAsync(level, cancellationToken);
        return await ExecuteAsync(command, cancellationToken);
    }

    /// <summary>
    /// The task's effect (unless it was <paramref name="read"/> already) and its record, inside the caller's
    /// transaction on <see cref="Db"/>.
    /// </summary>
    async Task<StoreTaskOutcome> ExecuteAndRecordAsync(TCommand command, StoreTaskOutcome? read, CancellationToken cancellationToken)
    {
        var outcome = read ?? await ExecuteAsync(command, cancellationToken);
        if (Db.ChangeTracker.HasChanges()) await Db.SaveChangesAsync(cancellationToken);
        await ProcessedTasks.RecordAsync(Db, command.TaskId, Action, outcome, Clock.GetUtcNow().UtcDateTime, cancellationToken);
        return outcome;
    }

    static IServiceScopeFactory? ScopesOf(ConsumeContext context) =>
        context.TryGetPayload(out IServiceScope? scope) ? scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>()
        : context.TryGetPayload(out IServiceProvider? services) ? services.GetRequiredService<IServiceScopeFactory>()
        : null;

    /// <summary>This task in a SQLite group commit: its handler is resolved again in the group's scope.</summary>
    sealed class Grouped(
        StoreTaskConsumer<TCommand, TContext> received, TCommand command, StoreTaskOutcome? read, IServiceScopeFactory scopes, CancellationToken cancellationToken)
        : GroupedStoreTask(command.TaskId, scopes)
    {
        StoreTaskConsumer<TCommand, TContext> HandlerIn(IServiceProvider scope) =>
            (StoreTaskConsumer<TCommand, TContext>)ActivatorUtilities.GetServiceOrCreateInstance(scope, received.GetType());

        public override bool RemovesValues => received.Action is StoreActions.Erase or StoreActions.Rectify;

        public override StoreDbContext DbIn(IServiceProvider scope) => HandlerIn(scope).Db;

        public override Task<StoreTaskOutcome> ExecuteAndRecordAsync(IServiceProvider scope, StoreDbContext db)
        {
            var handler = HandlerIn(scope);
            if (!ReferenceEquals(handler.Db, db))
                throw new InvalidOperationException($"{received.GetType().Name} does not use its scope's {typeof(TContext).Name}, so it cannot join a group commit.");
            return handler.ExecuteAndRecordAsync(command, read, cancellationToken);
        }
    }
}
