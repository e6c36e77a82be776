using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Stores.Sdk;
using MassTransit;
using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Stores.Hosting;

public static class StoreBusExtensions
{
    /// <summary>
    /// Registers the consumers of each store enabled in <c>Stores:Enabled</c>, each store on the
    /// receive endpoint named after it (its queue, see <see cref="StoreNames"/>). Needs
    /// <see cref="StoreDatabaseExtensions.AddStoreDatabases"/>.
    /// </summary>
    public static IBusRegistrationConfigurator AddStoreConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        var enabled = StoreOptions.From(configuration).EnabledStores();
        if (enabled.Contains(StoreNames.Billing))
        {
            bus.AddSubjectDataStore<BillingStore>(StoreNames.Billing);
            bus.AddConsumer<BillingIdentifyConsumer>().Endpoint(e => e.Name = StoreNames.Billing);
        }
        if (enabled.Contains(StoreNames.Contacts)) bus.AddSubjectDataStore<ContactsStore>(StoreNames.Contacts);
        if (enabled.Contains(StoreNames.ImHistory)) bus.AddSubjectDataStore<ImHistoryStore>(StoreNames.ImHistory);
        if (enabled.Contains(StoreNames.Directory))
        {
            bus.AddSubjectDataStore<DirectoryStore>(StoreNames.Directory);
            bus.AddConsumer<DirectoryListingCheckConsumer>().Endpoint(e => e.Name = StoreNames.Directory);
            bus.AddConsumer<DirectoryIdentifyConsumer>().Endpoint(e => e.Name = StoreNames.Directory);
        }
        return bus;
    }
}
