using System.Text.Json;
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
/// again (the workflow ignores a second result). A concurrent duplicate either waits for the
/// first writer and then finds the row, or fails on the primary key; the exception goes back to
/// MassTransit, whose retry then finds the row. Either way the effect happens once.
/// </remarks>
public abstract class StoreTaskConsumer<TCommand, TContext>(TContext db, TimeProvider clock, ILogger logger) : IConsumer<TCommand>
    where TCommand : class, IStoreTask
    where TContext : StoreDbContext
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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
        // Checked inside the transaction: SQLite's write transactions are immediate, so a
        // concurrent duplicate waits here and then sees the first one's row. On SQLite the
        // consumers of this process queue for the file's one write lock without blocking a thread.
        using var writer = await SqliteWriteGate.EnterAsync(Db, cancellationToken);
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var done = await FindOutcomeAsync(command.TaskId, cancellationToken);
        if (done is not null) return (done, true);

        try
        {
            var outcome = await ExecuteAsync(command, cancellationToken);
            Db.ProcessedTasks.Add(new ProcessedTask
            {
                TaskId = command.TaskId,
                Action = Action,
                OutcomeJson = JsonSerializer.Serialize(outcome, Json),
                ProcessedAtUtc = Clock.GetUtcNow().UtcDateTime,
            });
            await Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (outcome, false);
        }
        catch
        {
            // A retry may run on this same context: forget the rolled-back changes.
            Db.ChangeTracker.Clear();
            throw;
        }
    }

    async Task<StoreTaskOutcome?> FindOutcomeAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var json = await Db.ProcessedTasks.AsNoTracking()
            .Where(t => t.TaskId == taskId)
            .Select(t => t.OutcomeJson)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<StoreTaskOutcome>(json, Json);
    }
}
