using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using MassTransit;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Records a store's answer on its task and resumes the step waiting for it, in one transaction.
/// A second answer for a finished task changes nothing.
/// </summary>
public sealed class StoreTaskResultConsumer(DsarDbContext db, WorkflowEngine engine, TimeProvider clock)
    : IConsumer<StoreTaskCompleted>, IConsumer<StoreTaskFailed>
{
    public Task Consume(ConsumeContext<StoreTaskCompleted> context) =>
        RecordAsync(context.Message.TaskId, t => t.Complete(context.Message.Outcome, clock.GetUtcNow().UtcDateTime), context.CancellationToken);

    public Task Consume(ConsumeContext<StoreTaskFailed> context) =>
        RecordAsync(context.Message.TaskId, t => t.Fail(context.Message.Reason, clock.GetUtcNow().UtcDateTime), context.CancellationToken);

    Task RecordAsync(Guid taskId, Action<StoreTask> finish, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            var task = await db.StoreTasks.FindAsync([taskId], ct);
            if (task is null || task.Status != StoreTaskStatus.Pending) return false;
            finish(task);
            return await engine.ResumeAsync(task.InstanceId, new StoreTaskFinished(task.Id, task.StepIndex), ct);
        }, cancellationToken);
}
