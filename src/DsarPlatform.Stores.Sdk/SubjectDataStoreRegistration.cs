using MassTransit;

namespace DsarPlatform.Stores.Sdk;

public static class SubjectDataStoreRegistration
{
    /// <summary>
    /// Puts the export, rectify and erase consumers of <typeparamref name="TStore"/> on the store's queue.
    /// <typeparamref name="TStore"/> itself must be registered as a scoped service.
    /// </summary>
    public static IBusRegistrationConfigurator AddSubjectDataStore<TStore>(this IBusRegistrationConfigurator bus, string queue)
        where TStore : class, ISubjectDataStore
    {
        bus.AddConsumer<ExportConsumer<TStore>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<RectifyConsumer<TStore>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<EraseConsumer<TStore>>().Endpoint(e => e.Name = queue);
        return bus;
    }
}
