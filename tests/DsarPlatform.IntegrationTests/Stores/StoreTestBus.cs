using DsarPlatform.Contracts;
using MassTransit;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>
/// The test's own MassTransit bus on the private node: sends store commands the way the workflow does
/// (same retry policy as <c>AddMessageBus</c>) and collects the stores' replies in <see cref="Replies"/>.
/// Sends are retried until they are confirmed, so dispatch survives a broker outage.
/// </summary>
public sealed class StoreTestBus : IAsyncDisposable
{
    readonly IBusControl bus;

    StoreTestBus(Uri amqp)
    {
        bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(amqp.Host, (ushort)amqp.Port, "/", h =>
            {
                h.Username("guest");
                h.Password("guest");
            });
            cfg.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(300)));
            // Durable, so replies published while the test bus reconnects wait for it.
            cfg.ReceiveEndpoint($"reliability-replies-{Guid.NewGuid():N}", e => e.Handler<StoreTaskCompleted>(context =>
            {
                Replies.Add(context.Message);
                return Task.CompletedTask;
            }));
        });
    }

    public StoreReplies Replies { get; } = new();

    /// <summary>Sends that failed (broker away, unconfirmed) and were sent again.</summary>
    public int ResentCount;

    public static async Task<StoreTestBus> StartAsync(Uri amqp)
    {
        var testBus = new StoreTestBus(amqp);
        await testBus.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return testBus;
    }

    /// <summary>Sends to the store's queue; retries every failure (at-least-once) until <paramref name="giveUpAfter"/>.</summary>
    public async Task SendAsync<T>(string store, T command, TimeSpan giveUpAfter) where T : class
    {
        var deadline = DateTime.UtcNow + giveUpAfter;
        while (true)
        {
            try
            {
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{store}"));
                await endpoint.Send(command, attempt.Token);
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                Interlocked.Increment(ref ResentCount);
                await Task.Delay(250);
            }
        }
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
}
