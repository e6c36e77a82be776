using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.Bench.Throughput;

/// <summary>
/// The body sizes of the MassTransit envelopes a store task sends (the command) and publishes (the reply),
/// recorded as they go out (the largest seen: an erase's reply carries more counts than a listing check's), so the
/// raw round trip moves at least as many bytes.
/// </summary>
public sealed class MessageSizes : ISendObserver, IPublishObserver
{
    public MessageSizes() { }

    /// <summary>Sizes known beforehand (the flow bench, whose bus runs in other processes).</summary>
    public MessageSizes(int request, int reply) => (Request, Reply) = (request, reply);

    public int Request { get; private set; } = 64;
    public int Reply { get; private set; } = 64;

    public Task PostSend<T>(SendContext<T> context) where T : class
    {
        if (context.Message is IStoreTask && context.BodyLength is { } length) Request = Math.Max(Request, (int)length);
        return Task.CompletedTask;
    }

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        if (context.Message is StoreTaskCompleted && context.BodyLength is { } length) Reply = Math.Max(Reply, (int)length);
        return Task.CompletedTask;
    }

    public Task PreSend<T>(SendContext<T> context) where T : class => Task.CompletedTask;
    public Task SendFault<T>(SendContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;
    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
