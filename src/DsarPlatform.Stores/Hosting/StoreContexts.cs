using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Hosting;

/// <summary>Maps a store name to its DbContext, for code that handles stores generically.</summary>
public static class StoreContexts
{
    public static StoreDbContext Resolve(IServiceProvider services, string store) => store switch
    {
        StoreNames.Billing => services.GetRequiredService<BillingDbContext>(),
        StoreNames.Contacts => services.GetRequiredService<ContactsDbContext>(),
        StoreNames.ImHistory => services.GetRequiredService<ImHistoryDbContext>(),
        StoreNames.Directory => services.GetRequiredService<DirectoryDbContext>(),
        _ => throw new ArgumentOutOfRangeException(nameof(store), store, "Unknown store."),
    };
}
