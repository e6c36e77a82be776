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
        foreach (var store in services.GetServices<IRetainingStore>())
            await sweep.RunAsync(store, cancellationToken);
    }
}
