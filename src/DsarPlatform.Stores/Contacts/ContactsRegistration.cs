using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Contacts;

public static class ContactsRegistration
{
    /// <summary>The contacts store: its database, the store and its consumers on the <c>contacts</c> queue.</summary>
    public static IServiceCollection AddContactsStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddContactsDatabase(configuration);
        services.AddScoped<ContactsStore>();
        services.AddBusConsumers(bus =>
        {
            bus.AddSubjectDataStore<ContactsStore>(StoreNames.Contacts);
        });
        return services;
    }

    /// <summary>The contacts database alone (SQLite or PostgreSQL by <c>Stores:Provider</c>).</summary>
    public static IServiceCollection AddContactsDatabase(this IServiceCollection services, IConfiguration configuration) =>
        services.AddStoreDbContext<ContactsDbContext, ContactsPostgreSqlDbContext, ContactsSqlServerDbContext>(configuration, StoreNames.Contacts);
}
