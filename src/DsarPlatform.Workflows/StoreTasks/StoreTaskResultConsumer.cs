using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// A store's answer to a task: a completion joins the next group commit (<see cref="StoreAnswerBatches"/>), and the
/// message is acknowledged once that commit is done; a failure, rarer and with more to decide, commits on its own.
/// </summary>
public sealed class StoreTaskResultConsumer(StoreAnswerBatches batches, StoreTaskResults results)
    : IConsumer<StoreTaskCompleted>, IConsumer<StoreTaskFailed>
{
    public Task Consume(ConsumeContext<StoreTaskCompleted> context) =>
        batches.CompletedAsync(context.Message.TaskId, context.Message.RequestId, context.Message.Outcome, context.CancellationToken);

    public Task Consume(ConsumeContext<StoreTaskFailed> context) =>
        results.FailedAsync(context.Message.TaskId, context.Message.Reason, context.CancellationToken);
}
