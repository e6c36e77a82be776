using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// A store consumer gave up on a message after its retries and MassTransit moved it to the error queue:
/// the task failed, to be retried or escalated like any failure. Nothing loops, nothing is silent.
/// </summary>
public sealed class StoreTaskFaultConsumer<TCommand>(StoreTaskResults results) : IConsumer<Fault<TCommand>>
    where TCommand : class, IStoreTask
{
    public Task Consume(ConsumeContext<Fault<TCommand>> context) =>
        results.FailedAsync(context.Message.Message.TaskId,
            $"the store could not process the task ({context.Message.Exceptions.FirstOrDefault()?.ExceptionType ?? "unknown error"}); the message is in its error queue",
            context.CancellationToken);
}
