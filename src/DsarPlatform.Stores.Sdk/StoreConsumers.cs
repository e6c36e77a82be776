using MassTransit;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// The consumers one store puts on the bus, registered among its services so that a store's one
/// <c>Add{Store}()</c> holds all of it; the host puts them on the bus with
/// <see cref="SubjectDataStoreRegistration.AddStoreConsumers"/> when it configures the bus.
/// </summary>
public sealed class StoreConsumers(Action<IBusRegistrationConfigurator> register)
{
    public void AddTo(IBusRegistrationConfigurator bus) => register(bus);
}
