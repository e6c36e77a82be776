using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Billing;

public static class BillingRegistration
{
    /// <summary>
    /// The billing store: its database, the store, its consumers on the <c>billing</c> queue (subject-data tasks, account identification and the disclosures register's answers), and the
    /// retention sweep over the invoices and cards it keeps after an erasure.
    /// </summary>
    public static IServiceCollection AddBillingStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBillingDatabase(configuration);
        services.AddScoped<BillingStore>();
        services.AddRetainingStore<BillingStore>();
        services.AddBusConsumers(bus =>
        {
            bus.AddSubjectDataStore<BillingStore>(StoreNames.Billing);
            bus.AddConsumer<BillingIdentifyConsumer>().Endpoint(e => e.Name = StoreNames.Billing);
            bus.AddConsumer<BillingDisclosuresConsumer>().Endpoint(e => e.Name = StoreNames.Billing);
        });
        return services;
    }

    /// <summary>The billing database alone (SQLite or PostgreSQL by <c>Stores:Provider</c>).</summary>
    public static IServiceCollection AddBillingDatabase(this IServiceCollection services, IConfiguration configuration) =>
        services.AddStoreDbContext<BillingDbContext, BillingPostgreSqlDbContext, BillingSqlServerDbContext>(configuration, StoreNames.Billing);
}
