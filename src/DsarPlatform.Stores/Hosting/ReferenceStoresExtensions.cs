using DsarPlatform.Hosting;
using DsarPlatform.Stores.ImHistory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Stores.Hosting;

public static class ReferenceStoresExtensions
{
    /// <summary>
    /// Hosts the reference stores: their databases and options, the start-up migration and demo seed
    /// of each enabled store, and their recurring jobs (retention sweep, IM history purge). Call before <c>AddMessageBus</c> so the databases are ready
    /// before the first task arrives; register consumers with
    /// <see cref="StoreBusExtensions.AddStoreConsumers"/>.
    /// </summary>
    public static IHostApplicationBuilder AddReferenceStores(this IHostApplicationBuilder builder)
    {
        builder.Services.AddStoreDatabases(builder.Configuration);
        builder.Services.AddHostedService<StoreDatabaseInitializer>();
        builder.Services.AddHostedService<RetentionSweepService>();
        builder.Services.AddHostedService<ImHistoryPurgeService>();
        return builder;
    }
}
