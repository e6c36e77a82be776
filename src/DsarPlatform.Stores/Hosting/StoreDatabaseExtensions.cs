using DsarPlatform.Contracts;
using DsarPlatform.Hosting;
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
    /// Registers the four store DbContexts plus <see cref="StoreOptions"/> and a system clock if none is
    /// registered. <c>Stores:Provider</c> picks the engine: <c>Sqlite</c> (default) puts each store on its own
    /// file in the data folder (or <c>ConnectionStrings:{store}</c>); <c>PostgreSql</c> needs
    /// <c>ConnectionStrings:{store}</c> and uses each store's PostgreSQL subclass and migration set.
    /// Also the stores themselves and their jobs (scoped) and the export drop. Enough for a host that only
    /// reads the stores (e.g. to match a requester); nothing here starts work on its own.
    /// </summary>
    public static IServiceCollection AddStoreDatabases(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName));
        // Pooled: each store task gets a context, and a fresh one rebuilt its options and EF's internal services every
        // time (measured: 68 KB of the 225 KB allocated per billing erase).
        if (configuration.GetValue("Stores:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.PostgreSql)
        {
            services.AddPostgreSqlStoreDatabases(configuration);
        }
        else
        {
            services.AddDbContextPool<BillingDbContext>(o => o.UseSqlite(SqliteConnectionString(configuration, StoreNames.Billing)).AddInterceptors(SqlitePragmas.Instance));
            services.AddDbContextPool<ContactsDbContext>(o => o.UseSqlite(SqliteConnectionString(configuration, StoreNames.Contacts)).AddInterceptors(SqlitePragmas.Instance));
            services.AddDbContextPool<ImHistoryDbContext>(o => o.UseSqlite(SqliteConnectionString(configuration, StoreNames.ImHistory)).AddInterceptors(SqlitePragmas.Instance));
            services.AddDbContextPool<DirectoryDbContext>(o => o.UseSqlite(SqliteConnectionString(configuration, StoreNames.Directory)).AddInterceptors(SqlitePragmas.Instance));
        }
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

    // Registered under the base types, so consumers, seeders and lookups run unchanged on either engine.
    static IServiceCollection AddPostgreSqlStoreDatabases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDbContextPool<BillingDbContext, BillingPostgreSqlDbContext>(o => o.UseNpgsql(Required(configuration, StoreNames.Billing)));
        services.AddDbContextPool<ContactsDbContext, ContactsPostgreSqlDbContext>(o => o.UseNpgsql(Required(configuration, StoreNames.Contacts)));
        services.AddDbContextPool<ImHistoryDbContext, ImHistoryPostgreSqlDbContext>(o => o.UseNpgsql(Required(configuration, StoreNames.ImHistory)));
        services.AddDbContextPool<DirectoryDbContext, DirectoryPostgreSqlDbContext>(o => o.UseNpgsql(Required(configuration, StoreNames.Directory)));
        return services;
    }

    // A private cache per connection (no Cache=Shared): a shared cache locks whole tables, so readers and the
    // writer block each other even in WAL, and its lock errors bypass the busy timeout.
    static string SqliteConnectionString(IConfiguration configuration, string store) =>
        configuration.GetConnectionString(store)
        ?? $"Data Source={Path.Combine(DataFolder.Resolve(configuration), store + ".db")};Pooling=True";

    static string Required(IConfiguration configuration, string store) =>
        configuration.GetConnectionString(store)
        ?? throw new InvalidOperationException($"Stores:Provider is PostgreSql but ConnectionStrings:{store} is not set.");
}
