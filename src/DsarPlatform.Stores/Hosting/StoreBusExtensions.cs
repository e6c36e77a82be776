using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
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
            bus.AddConsumer<BillingEraseConsumer>().Endpoint(e => e.Name = StoreNames.Billing);
        if (enabled.Contains(StoreNames.Contacts))
            bus.AddConsumer<ContactsEraseConsumer>().Endpoint(e => e.Name = StoreNames.Contacts);
        if (enabled.Contains(StoreNames.ImHistory))
            bus.AddConsumer<ImHistoryEraseConsumer>().Endpoint(e => e.Name = StoreNames.ImHistory);
        if (enabled.Contains(StoreNames.Directory))
        {
            bus.AddConsumer<DirectoryEraseConsumer>().Endpoint(e => e.Name = StoreNames.Directory);
            bus.AddConsumer<DirectoryListingCheckConsumer>().Endpoint(e => e.Name = StoreNames.Directory);
        }
        return bus;
    }
}
