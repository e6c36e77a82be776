using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// Sends every pending store task again, once, at start-up of a host whose bus lives in its memory.
/// </summary>
/// <remarks>
/// The in-memory bus holds its messages in the process: a crash loses tasks the outbox already marked
/// sent but no store consumed yet, and store answers the workflow has not handled yet. Nothing would
/// ever send them again, so their requests would wait forever (found by the crash-loop test, R1).
/// Sending them again is safe: stores are idempotent by task id and answer a repeat with the stored
/// outcome, and the workflow ignores a second answer. A task waiting on a retry timer is left to it.
/// </remarks>
public sealed class PendingTaskRedispatch(DsarDbContext db, StoreTaskDispatcher dispatcher, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var retrying = db.Timers.Where(t => t.Kind == TimerKind.TaskRetry && t.FiredAtUtc == null).Select(t => t.Purpose);
        var pending = await db.StoreTasks.Where(t => t.Status == StoreTaskStatus.Pending).ToListAsync(cancellationToken);
        var waitingForRetry = (await retrying.ToListAsync(cancellationToken)).ToHashSet();
        pending.RemoveAll(t => waitingForRetry.Contains(t.Id.ToString()));
        if (pending.Count == 0) return 0;

        var requestIds = pending.Select(t => t.RequestId).Distinct().ToList();
        var requests = await db.Requests.Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var task in pending) dispatcher.Dispatch(db, task, requests[task.RequestId], now);
        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }
}
