using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>Runs <see cref="ImHistoryPurge"/> every <c>Stores:ImHistory:PurgeInterval</c> where the IM history store is hosted (see <see cref="ImHistoryRegistration"/>).</summary>
public sealed class ImHistoryPurgeService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<StoreOptions> options, ILogger<ImHistoryPurgeService> logger)
    : RecurringJob(scopes, clock, logger)
{
    protected override TimeSpan Interval => options.Value.ImHistory.PurgeInterval;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ImHistoryPurge>().RunAsync(cancellationToken);
}
