using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Hosting;

/// <summary>Runs the <see cref="RetentionSweep"/> over each hosted retaining store every <c>Stores:Retention:SweepInterval</c>.</summary>
public sealed class RetentionSweepService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<StoreOptions> options, ILogger<RetentionSweepService> logger)
    : RecurringJob(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.Retention.SweepInterval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var enabled = options.Value.EnabledStores();
        var sweep = services.GetRequiredService<RetentionSweep>();
        foreach (var store in services.GetServices<IRetainingStore>().Where(s => enabled.Contains(s.Name)))
            await sweep.RunAsync(store, cancellationToken);
    }
}
