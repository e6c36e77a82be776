using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Stores.Hosting;

public static class ReferenceStoresExtensions
{
    // Each reference store's one registration, by the name Stores:Enabled uses.
    static readonly Dictionary<string, Func<IServiceCollection, IConfiguration, IServiceCollection>> Registrations = new()
    {
        [StoreNames.Billing] = BillingRegistration.AddBillingStore,
        [StoreNames.Contacts] = ContactsRegistration.AddContactsStore,
        [StoreNames.ImHistory] = ImHistoryRegistration.AddImHistoryStore,
        [StoreNames.Directory] = DirectoryRegistration.AddDirectoryStore,
    };

    /// <summary>
    /// Hosts the reference stores enabled in <c>Stores:Enabled</c>: the start-up migration and demo seed, then each
    /// store's <c>Add{Store}()</c> (database, store, consumers, jobs). Call before <c>AddMessageBus</c> so the databases
    /// are ready before the first task arrives, and put the consumers on the bus with <c>bus.AddStoreConsumers()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddReferenceStores(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReferenceStores(builder.Configuration);
        return builder;
    }

    /// <inheritdoc cref="AddReferenceStores(IHostApplicationBuilder)"/>
    public static IServiceCollection AddReferenceStores(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStoreOptions(configuration);
        services.AddHostedService<StoreDatabaseInitializer>();
        foreach (var store in StoreOptions.From(configuration).EnabledStores())
            Registrations[store](services, configuration);
        return services;
    }
}
