using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace DsarPlatform.Bench.Throughput;

/// <summary>
/// The broker's ceiling for the same round trip a store task makes, with RabbitMQ.Client alone: a persistent
/// request published with a confirm (a bounded number in flight), consumed with a manual ack by
/// <c>concurrency</c> handlers at once; each handler publishes a persistent reply, waits for its confirm and
/// only then acks the request (as MassTransit does); the reply is consumed with a manual ack. Timed from the
/// first request to the last reply. Body sizes are those MassTransit's envelopes have in the same run.
/// </summary>
public static class RawRoundTrip
{
    const int InFlight = 100;

    public static async Task<double> RoundTripsPerSecondAsync(Uri amqp, int count, MessageSizes sizes, ushort concurrency, TimeSpan timeout)
    {
        var factory = new ConnectionFactory { Uri = amqp };
        await using var connection = await factory.CreateConnectionAsync();
        var confirmed = new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true);
        await using var requester = await connection.CreateChannelAsync(confirmed);
        await using var replier = await connection.CreateChannelAsync(confirmed);
        await using var requestChannel = await connection.CreateChannelAsync(
            new CreateChannelOptions(false, false, consumerDispatchConcurrency: concurrency));
        await using var replyChannel = await connection.CreateChannelAsync();
        var requests = $"bench-raw-request-{Guid.NewGuid():N}";
        var replies = $"bench-raw-reply-{Guid.NewGuid():N}";
        await requester.QueueDeclareAsync(requests, durable: true, exclusive: false, autoDelete: false);
        await requester.QueueDeclareAsync(replies, durable: true, exclusive: false, autoDelete: false);

        var persistent = new BasicProperties { Persistent = true };
        var replyBody = new byte[sizes.Reply];
        await requestChannel.BasicQosAsync(0, concurrency, global: false);
        var requestConsumer = new AsyncEventingBasicConsumer(requestChannel);
        requestConsumer.ReceivedAsync += async (_, delivery) =>
        {
            await replier.BasicPublishAsync(string.Empty, replies, mandatory: false, persistent, replyBody);
            await requestChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await requestChannel.BasicConsumeAsync(requests, autoAck: false, requestConsumer);

        var received = 0;
        var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await replyChannel.BasicQosAsync(0, concurrency, global: false);
        var replyConsumer = new AsyncEventingBasicConsumer(replyChannel);
        replyConsumer.ReceivedAsync += async (_, delivery) =>
        {
            await replyChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == count) allReceived.TrySetResult();
        };
        await replyChannel.BasicConsumeAsync(replies, autoAck: false, replyConsumer);

        var body = new byte[sizes.Request];
        var clock = Stopwatch.StartNew();
        // With confirmation tracking each publish completes when the broker confirms it; keep InFlight of them going.
        using var slots = new SemaphoreSlim(InFlight);
        var publishes = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await slots.WaitAsync();
            publishes.Add(PublishAsync(requester, requests, persistent, body, slots));
        }
        await Task.WhenAll(publishes);
        await allReceived.Task.WaitAsync(timeout);
        var rate = count / clock.Elapsed.TotalSeconds;
        await requester.QueueDeleteAsync(requests);
        await requester.QueueDeleteAsync(replies);
        return rate;
    }

    static async Task PublishAsync(IChannel channel, string queue, BasicProperties properties, byte[] body, SemaphoreSlim slots)
    {
        try
        {
            await channel.BasicPublishAsync(string.Empty, queue, mandatory: false, properties, body);
        }
        finally
        {
            slots.Release();
        }
    }
}
