using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Delivers what commits left behind: each <see cref="IDeliveryStep"/> (first steps of received instances, bus messages,
/// emails) in a loop of its own, so a slow one (an email is sent and committed one at a time) never delays another (the
/// store tasks on the bus). Woken right after each commit of this host, and polling for what others committed (another
/// host, the command line, a failure): every 250 ms, so such work waits a quarter of a second rather than two (measured in
/// the flow bench, whose release is such a commit: 0-2 s of a 9-10 s drain). An idle poll is three indexed reads that
/// find nothing.
/// </summary>
public sealed class DeliveryRelay(IServiceScopeFactory scopes, DeliverySignal signal, ILogger<DeliveryRelay> logger)
    : BackgroundService
{
    static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(5);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        List<Type> steps;
        using (var scope = scopes.CreateScope())
            steps = [.. scope.ServiceProvider.GetServices<IDeliveryStep>().Select(step => step.GetType())];
        return Task.WhenAll(steps.Select(step => RunAsync(step, signal.Listen(), stoppingToken)));
    }

    async Task RunAsync(Type step, SemaphoreSlim wake, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await wake.WaitAsync(PollInterval, stoppingToken);
                while (await DeliverOnceAsync(step, stoppingToken) > 0) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The type only: messages of mail and bus errors can quote addresses or bodies.
                logger.LogWarning("Delivery ({Step}) failed, will retry: {ExceptionType}", step.Name, exception.GetType().FullName);
                await Task.Delay(FailureBackoff, stoppingToken);
            }
        }
    }

    async Task<int> DeliverOnceAsync(Type step, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await ((IDeliveryStep)scope.ServiceProvider.GetRequiredService(step)).DeliverPendingAsync(cancellationToken);
    }
}
