using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Stores.Sdk;

public static class SubjectDataStoreRegistration
{
    /// <summary>
    /// Puts the export, rectify, erase and field-read consumers of <typeparamref name="TStore"/> on the store's queue.
    /// <typeparamref name="TStore"/> itself must be registered as a scoped service.
    /// </summary>
    public static IBusRegistrationConfigurator AddSubjectDataStore<TStore>(this IBusRegistrationConfigurator bus, string queue)
        where TStore : class, ISubjectDataStore
    {
        bus.AddConsumer<ExportConsumer<TStore>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<RectifyConsumer<TStore>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<EraseConsumer<TStore>>().Endpoint(e => e.Name = queue);
        bus.AddConsumer<ReadFieldsConsumer<TStore>>().Endpoint(e => e.Name = queue);
        return bus;
    }

    /// <summary>
    /// Records consumers for the bus beside a store's other services, e.g.
    /// <c>services.AddBusConsumers(bus => bus.AddSubjectDataStore&lt;MyStore&gt;("my-store"))</c>; they join the
    /// bus when the host calls <see cref="AddStoreConsumers"/>.
    /// </summary>
    public static IServiceCollection AddBusConsumers(this IServiceCollection services, Action<IBusRegistrationConfigurator> register) =>
        services.AddSingleton(new StoreConsumers(register));

    /// <summary>Puts on the bus the consumers of every store registered so far (see <see cref="AddBusConsumers"/>).</summary>
    public static IBusRegistrationConfigurator AddStoreConsumers(this IBusRegistrationConfigurator bus)
    {
        var registered = bus.Select(d => d.ImplementationInstance).OfType<StoreConsumers>().ToList();
        foreach (var consumers in registered) consumers.AddTo(bus);
        return bus;
    }
}
