using System.Diagnostics;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace DsarPlatform.Bench.Throughput;

/// <summary>
/// The broker's ceiling here: small persistent messages published with confirms (a bounded number in
/// flight) and consumed with manual acks at prefetch 100, timed from the first publish to the last ack.
/// </summary>
public static class RawRoundTrip
{
    const int InFlight = 100;
    const ushort Prefetch = 100;

    public static async Task<double> MessagesPerSecondAsync(Uri amqp, int count, TimeSpan timeout)
    {
        var factory = new ConnectionFactory { Uri = amqp };
        await using var connection = await factory.CreateConnectionAsync();
        await using var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        await using var consumerChannel = await connection.CreateChannelAsync();
        var queue = $"bench-raw-{Guid.NewGuid():N}";
        await publisher.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);

        var received = 0;
        var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await consumerChannel.BasicQosAsync(0, Prefetch, global: false);
        var consumer = new AsyncEventingBasicConsumer(consumerChannel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            await consumerChannel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            if (Interlocked.Increment(ref received) == count) allReceived.TrySetResult();
        };
        await consumerChannel.BasicConsumeAsync(queue, autoAck: false, consumer);

        var body = new byte[64];
        var properties = new BasicProperties { Persistent = true };
        var clock = Stopwatch.StartNew();
        // With confirmation tracking each publish completes when the broker confirms it; keep InFlight of them going.
        using var slots = new SemaphoreSlim(InFlight);
        var publishes = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await slots.WaitAsync();
            publishes.Add(PublishAsync(publisher, queue, properties, body, slots));
        }
        await Task.WhenAll(publishes);
        await allReceived.Task.WaitAsync(timeout);
        var rate = count / clock.Elapsed.TotalSeconds;
        await publisher.QueueDeleteAsync(queue);
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
