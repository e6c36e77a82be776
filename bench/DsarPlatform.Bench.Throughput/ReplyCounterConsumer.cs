using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.Bench.Throughput;

/// <summary>Stands where the workflow's result consumer would: receives every StoreTaskCompleted.</summary>
public sealed class ReplyCounterConsumer(ReplyCounter counter) : IConsumer<StoreTaskCompleted>
{
    public Task Consume(ConsumeContext<StoreTaskCompleted> context)
    {
        counter.Add();
        return Task.CompletedTask;
    }
}
