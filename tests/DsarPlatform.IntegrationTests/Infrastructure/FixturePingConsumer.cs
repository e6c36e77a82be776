using System.Threading.Channels;
using MassTransit;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>Hands each received <see cref="FixturePing"/> to the test through a channel.</summary>
public sealed class FixturePingConsumer(Channel<FixturePing> received) : IConsumer<FixturePing>
{
    public async Task Consume(ConsumeContext<FixturePing> context) =>
        await received.Writer.WriteAsync(context.Message, context.CancellationToken);
}
