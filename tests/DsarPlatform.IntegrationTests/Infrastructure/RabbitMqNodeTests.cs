using System.Diagnostics;
using System.Threading.Channels;
using DsarPlatform.Hosting;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.IntegrationTests.Infrastructure;

[TestFixture]
// Generous: on a loaded 2-core machine a node start alone has taken 19 s.
[CancelAfter(150_000)]
public sealed class RabbitMqNodeTests
{
    [Test]
    public async Task Bus_round_trips_through_the_node_and_reconnects_after_a_restart(CancellationToken cancellationToken)
    {
        await using var node = await RabbitMqNode.StartNewAsync(cancellationToken);
        TestContext.Progress.WriteLine($"RabbitMQ node started in {node.LastStartDuration.TotalSeconds:F1} s");
        var received = Channel.CreateUnbounded<FixturePing>();
        using var host = BuildHost(node, received);
        await host.StartAsync(cancellationToken);
        var bus = host.Services.GetRequiredService<IBus>();

        await AssertRoundTripAsync(bus, received, cancellationToken);

        var clock = Stopwatch.StartNew();
        await node.StopAsync();
        TestContext.Progress.WriteLine($"RabbitMQ node stopped in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.That(await FreePort.IsOpenAsync(node.Port), Is.False, "the port still answers after StopAsync");
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        await node.StartAsync(cancellationToken);
        TestContext.Progress.WriteLine($"RabbitMQ node restarted in {node.LastStartDuration.TotalSeconds:F1} s");

        await AssertRoundTripAsync(bus, received, cancellationToken);
        await host.StopAsync(cancellationToken);
        await node.DisposeAsync(); // disposing twice (again by await using) must be harmless
    }

    static IHost BuildHost(RabbitMqNode node, Channel<FixturePing> received)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Transport"] = nameof(BusTransport.RabbitMq),
            ["ConnectionStrings:RabbitMq"] = node.AmqpUri.ToString(),
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(received);
        // Publishing before the consumer's queue is bound would drop the message.
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);
        // The apps' own bus set-up, so the fixture's AmqpUri is proven in the format they parse.
        builder.AddMessageBus(bus => bus.AddConsumer<FixturePingConsumer>());
        return builder.Build();
    }

    // Publishing right after the broker returns can fail until MassTransit has reconnected: retry.
    static async Task AssertRoundTripAsync(IBus bus, Channel<FixturePing> received, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var ping = new FixturePing(Guid.NewGuid());
        while (true)
        {
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(5));
                await bus.Publish(ping, attempt.Token);
                break;
            }
            catch (Exception e) when (clock.Elapsed < TimeSpan.FromSeconds(45) && !cancellationToken.IsCancellationRequested)
            {
                TestContext.Progress.WriteLine($"publish failed ({e.GetType().Name}), retrying");
                await Task.Delay(250, cancellationToken);
            }
        }
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(45));
        // At-least-once: an earlier ping whose ack died with the broker may come again first.
        FixturePing got;
        while ((got = await received.Reader.ReadAsync(wait.Token)) != ping)
            TestContext.Progress.WriteLine($"redelivered earlier ping {got.Id}");
        TestContext.Progress.WriteLine($"round trip in {clock.Elapsed.TotalSeconds:F2} s");
    }
}
