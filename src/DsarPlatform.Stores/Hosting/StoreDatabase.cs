using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Hosting;

/// <summary>A registered store's database by store name, for code that handles every store alike (start-up migration, generator).</summary>
public sealed record StoreDatabase(string Store, Type Context)
{
    public static StoreDbContext Resolve(IServiceProvider services, string store)
    {
        var database = services.GetServices<StoreDatabase>().FirstOrDefault(d => d.Store == store)
            ?? throw new InvalidOperationException($"Store {store} has no database registered.");
        return (StoreDbContext)services.GetRequiredService(database.Context);
    }
}
