using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Directory;

public static class DirectoryRegistration
{
    /// <summary>
    /// The directory store: its database, the store, and its consumers on the <c>directory</c> queue (the
    /// subject-data tasks, the listing check and account identification).
    /// </summary>
    public static IServiceCollection AddDirectoryStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDirectoryDatabase(configuration);
        services.AddScoped<DirectoryStore>();
        services.AddBusConsumers(bus =>
        {
            bus.AddSubjectDataStore<DirectoryStore>(StoreNames.Directory);
            bus.AddConsumer<DirectoryListingCheckConsumer>().Endpoint(e => e.Name = StoreNames.Directory);
            bus.AddConsumer<DirectoryIdentifyConsumer>().Endpoint(e => e.Name = StoreNames.Directory);
        });
        return services;
    }

    /// <summary>The directory database alone (SQLite or PostgreSQL by <c>Stores:Provider</c>).</summary>
    public static IServiceCollection AddDirectoryDatabase(this IServiceCollection services, IConfiguration configuration) =>
        services.AddStoreDbContext<DirectoryDbContext, DirectoryPostgreSqlDbContext, DirectorySqlServerDbContext>(configuration, StoreNames.Directory);
}
