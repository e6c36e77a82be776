using DsarPlatform.Stores.Hosting;

namespace DsarPlatform.Stores;

/// <summary>
/// The reference stores as their own process: their databases, and their consumers on the bus.
/// A named class, not top-level statements, so its Program does not clash with the web host's.
/// </summary>
public static class StoresProgram
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddReferenceStores();
        builder.AddMessageBus(bus => bus.AddStoreConsumers(builder.Configuration));
        builder.Build().Run();
    }
}
