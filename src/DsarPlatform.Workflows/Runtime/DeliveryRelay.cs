using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Delivers what commits left behind, through each <see cref="IDeliveryStep"/> in turn (bus messages, emails).
/// Woken right after each commit and polling as a fallback (another host, or a failure on the last round).
/// </summary>
public sealed class DeliveryRelay(IServiceScopeFactory scopes, DeliverySignal signal, ILogger<DeliveryRelay> logger)
    : BackgroundService
{
    static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(PollInterval, stoppingToken);
                while (await DeliverOnceAsync(stoppingToken) > 0) { }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The type only: messages of mail and bus errors can quote addresses or bodies.
                logger.LogWarning("Delivery failed, will retry: {ExceptionType}", exception.GetType().FullName);
                await Task.Delay(FailureBackoff, stoppingToken);
            }
        }
    }

    async Task<int> DeliverOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var delivered = 0;
        foreach (var step in scope.ServiceProvider.GetServices<IDeliveryStep>())
            delivered += await step.DeliverPendingAsync(cancellationToken);
        return delivered;
    }
}
