using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>A store's answer to a task, handed to <see cref="StoreTaskResults"/>.</summary>
public sealed class StoreTaskResultConsumer(StoreTaskResults results)
    : IConsumer<StoreTaskCompleted>, IConsumer<StoreTaskFailed>
{
    public Task Consume(ConsumeContext<StoreTaskCompleted> context) =>
        results.CompletedAsync(context.Message.TaskId, context.Message.Outcome, context.CancellationToken);

    public Task Consume(ConsumeContext<StoreTaskFailed> context) =>
        results.FailedAsync(context.Message.TaskId, context.Message.Reason, context.CancellationToken);
}
