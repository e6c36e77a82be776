using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Hosting;

/// <summary>Runs the <see cref="RetentionSweep"/> over each hosted retaining store (see <see cref="RetainingStoreExtensions.AddRetainingStore"/>) every <c>Stores:Retention:SweepInterval</c>.</summary>
public sealed class RetentionSweepService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<StoreOptions> options, ILogger<RetentionSweepService> logger)
    : RecurringJob(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.Retention.SweepInterval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var sweep = services.GetRequiredService<RetentionSweep>();
        var failures = new List<Exception>();
        // Each store in turn, whatever the one before it did: a failure in one store's sweep holds up no other store.
        foreach (var store in services.GetServices<IRetainingStore>())
        {
            try
            {
                await sweep.RunAsync(store, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                failures.Add(failure);
            }
        }
        if (failures.Count > 0) throw new AggregateException(failures);
    }
}
