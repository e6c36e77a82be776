using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DsarPlatform.Stores.Hosting;

public static class StoreDatabaseExtensions
{
    /// <summary>
    /// Registers the four store DbContexts, each on its own SQLite file in the data folder (or
    /// <c>ConnectionStrings:{store}</c>), the stores themselves and their jobs (scoped), the export drop,
    /// <see cref="StoreOptions"/> and a system clock if none is registered. Enough for a host that only
    /// reads the stores (e.g. to match a requester); nothing here starts work on its own.
    /// </summary>
    public static IServiceCollection AddStoreDatabases(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName));
        services.AddDbContext<BillingDbContext>(o => o.UseSqlite(DataFolder.SqliteConnectionString(configuration, StoreNames.Billing)).AddInterceptors(SqlitePageCache.Instance));
        services.AddDbContext<ContactsDbContext>(o => o.UseSqlite(DataFolder.SqliteConnectionString(configuration, StoreNames.Contacts)).AddInterceptors(SqlitePageCache.Instance));
        services.AddDbContext<ImHistoryDbContext>(o => o.UseSqlite(DataFolder.SqliteConnectionString(configuration, StoreNames.ImHistory)).AddInterceptors(SqlitePageCache.Instance));
        services.AddDbContext<DirectoryDbContext>(o => o.UseSqlite(DataFolder.SqliteConnectionString(configuration, StoreNames.Directory)).AddInterceptors(SqlitePageCache.Instance));
        services.AddSingleton(new ExportDrop(DataFolder.ExportDrop(configuration)));
        services.AddScoped<BillingStore>();
        services.AddScoped<IRetainingStore>(sp => sp.GetRequiredService<BillingStore>());
        services.AddScoped<ContactsStore>();
        services.AddScoped<ImHistoryStore>();
        services.AddScoped<DirectoryStore>();
        services.AddScoped<RetentionSweep>();
        services.AddScoped<ImHistoryPurge>();
        return services;
    }
}
