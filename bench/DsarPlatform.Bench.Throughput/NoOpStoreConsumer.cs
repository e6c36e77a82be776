using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.Bench.Throughput;

/// <summary>
/// The bus alone: takes a listing check on the same MassTransit set-up as the stores and publishes its reply
/// without touching a database, so the distance between this and a real store is the store's own cost.
/// </summary>
public sealed class NoOpStoreConsumer : IConsumer<CheckDirectoryListing>
{
    public const string Queue = "bench-noop";

    public Task Consume(ConsumeContext<CheckDirectoryListing> context) =>
        context.Publish(new StoreTaskCompleted(context.Message.TaskId, context.Message.RequestId, Queue, StoreActions.CheckListing, StoreTaskOutcome.Listing(false)));
}
