using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.ImHistory;

public static class ImHistoryRegistration
{
    /// <summary>
    /// The IM history store: its database, the store, its consumers on the <c>im-history</c> queue, and the
    /// purge of messages past their maximum age.
    /// </summary>
    public static IServiceCollection AddImHistoryStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddImHistoryDatabase(configuration);
        services.AddScoped<ImHistoryStore>();
        services.AddScoped<ImHistoryPurge>();
        services.AddHostedService<ImHistoryPurgeService>();
        services.AddBusConsumers(bus =>
        {
            bus.AddSubjectDataStore<ImHistoryStore>(StoreNames.ImHistory);
        });
        return services;
    }

    /// <summary>The IM history database alone (SQLite or PostgreSQL by <c>Stores:Provider</c>).</summary>
    public static IServiceCollection AddImHistoryDatabase(this IServiceCollection services, IConfiguration configuration) =>
        services.AddStoreDbContext<ImHistoryDbContext, ImHistoryPostgreSqlDbContext, ImHistorySqlServerDbContext>(configuration, StoreNames.ImHistory);
}
