using DsarPlatform.Hosting;
using DsarPlatform.Hosting.Health;
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
    /// The databases of the four reference stores and nothing that starts work: for the test-data generator and
    /// for tests and benchmarks that read the stores' files.
    /// </summary>
    public static IServiceCollection AddStoreDatabases(this IServiceCollection services, IConfiguration configuration) =>
        services.AddBillingDatabase(configuration)
            .AddContactsDatabase(configuration)
            .AddImHistoryDatabase(configuration)
            .AddDirectoryDatabase(configuration);

    /// <summary>
    /// A store's DbContext, pooled (a fresh context rebuilt its options and EF's internal services for every task), plus
    /// what every store needs (<see cref="StoreOptions"/>, the export drop, a system clock if none is registered).
    /// <c>Stores:Provider</c> picks the engine: <c>Sqlite</c> (default) puts the store on its own file in the data folder
    /// (or <c>ConnectionStrings:{store}</c>); <c>PostgreSql</c> and <c>SqlServer</c> need <c>ConnectionStrings:{store}</c> and
    /// register <typeparamref name="TPostgreSqlContext"/> or <typeparamref name="TSqlServerContext"/> (each its own migration set)
    /// under <typeparamref name="TContext"/>, so consumers, seeders and lookups run unchanged on every engine. A second call
    /// for the same store does nothing.
    /// </summary>
    public static IServiceCollection AddStoreDbContext<TContext, TPostgreSqlContext, TSqlServerContext>(
        this IServiceCollection services, IConfiguration configuration, string store)
        where TContext : StoreDbContext
        where TPostgreSqlContext : TContext
        where TSqlServerContext : TContext
    {
        if (services.Any(d => d.ImplementationInstance is StoreDatabase registered && registered.Store == store)) return services;
        services.AddStoreOptions(configuration);
        services.AddSingleton(new StoreDatabase(store, typeof(TContext)));
        services.AddHealthChecks().AddDbContextCheck<TContext>($"{store}-database", tags: [HealthEndpoints.ReadyTag]);
        var provider = configuration.GetValue("Stores:Provider", DatabaseProvider.Sqlite);
        switch (provider)
        {
            case DatabaseProvider.PostgreSql:
                // Read when the context is first built: a process (or test) that registers every store but opens one needs one connection string.
                services.AddDbContextPool<TContext, TPostgreSqlContext>(o => o.UseNpgsql(PostgreSqlConnections.WithDefaults(ServerConnectionString(configuration, store, provider))));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<TContext, TSqlServerContext>(o => o.UseSqlServer(ServerConnectionString(configuration, store, provider)));
                break;
            default:
                var connectionString = DataFolder.SqliteConnectionString(configuration, store);
                services.AddDbContextPool<TContext>(o => o.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance));
                SqliteCheckpointOnStop.Register(services, connectionString);
                break;
        }
        return services;
    }

    static string ServerConnectionString(IConfiguration configuration, string store, DatabaseProvider provider) =>
        configuration.GetConnectionString(store)
        ?? throw new InvalidOperationException($"Stores:Provider is {provider} but ConnectionStrings:{store} is not set.");

    // Once per service collection, however many stores are added (the export drop marks that it was done).
    // Bound with the configuration given rather than BindConfiguration: tests compose stores without a host.
    internal static void AddStoreOptions(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(ExportDrop))) return;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.SectionName))
            .Validate(o => o.UnknownStores().Count == 0, $"Stores:Enabled names an unknown store; known: {string.Join(", ", Contracts.StoreNames.All)}.")
            .ValidateOnStart();
        services.AddSingleton(new ExportDrop(DataFolder.ExportDrop(configuration)));
    }
}
