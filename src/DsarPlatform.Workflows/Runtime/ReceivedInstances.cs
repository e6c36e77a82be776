using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Runs the first step of the instances intake recorded (<see cref="InstanceStatus.Received"/>), each in its own
/// unit of work. The delivery relay calls it right after intake commits and at every poll, so an instance left
/// by a crash, or received by another host, still starts. A first step that throws faults its instance with an
/// incident instead of blocking the others.
/// </summary>
public sealed class ReceivedInstances(IWorkflowDbContext db, WorkflowEngine engine, ILogger<ReceivedInstances> logger) : IDeliveryStep
{
    const int BatchSize = 100;

    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var received = await db.Instances.AsNoTracking().Where(i => i.Status == InstanceStatus.Received)
            .OrderBy(i => i.CreatedAtUtc).Select(i => new { i.Id, i.TraceParent }).Take(BatchSize).ToListAsync(cancellationToken);
        var started = 0;
        foreach (var (id, traceParent) in received.Select(r => (r.Id, r.TraceParent)))
        {
            using var activity = WorkflowTelemetry.StartContinuing("workflow start", traceParent);
            activity?.SetTag("dsar.instance_id", id);
            try
            {
                if (await engine.CommitAsync(ct => engine.StartReceivedAsync(id, ct), cancellationToken)) started++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("The first step of instance {InstanceId} failed: {ExceptionType}", id, exception.GetType().FullName);
                await engine.CommitAsync(ct => engine.FailReceivedAsync(id, $"the first step failed ({exception.GetType().Name})", ct), cancellationToken);
            }
        }
        return started;
    }
}
