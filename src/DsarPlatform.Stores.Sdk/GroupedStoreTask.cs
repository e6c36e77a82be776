using DsarPlatform.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// A store task waiting for a SQLite file's next group commit (<see cref="SqliteGroupCommit"/>). The group
/// runs in a scope of its own, so the task's handler is resolved again there, on the group's database context.
/// </summary>
internal abstract class GroupedStoreTask(Guid taskId, IServiceScopeFactory scopes)
{
    public Guid TaskId { get; } = taskId;
    public IServiceScopeFactory Scopes { get; } = scopes;
    public TaskCompletionSource<(StoreTaskOutcome Outcome, bool Repeated)> Done { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The task erases or overwrites values (an erasure, a rectification): its file is checkpointed after it.</summary>
    public abstract bool RemovesValues { get; }

    /// <summary>The database context the task's handler uses in <paramref name="scope"/>.</summary>
    public abstract StoreDbContext DbIn(IServiceProvider scope);

    /// <summary>Does the task on <paramref name="db"/>, inside the group's transaction, and records it there.</summary>
    public abstract Task<StoreTaskOutcome> ExecuteAndRecordAsync(IServiceProvider scope, StoreDbContext db);
}
