using DsarPlatform.Stores.Generation;
using DsarPlatform.Stores.Hosting;

namespace DsarPlatform.Stores;

/// <summary>
/// The reference stores as their own process: their databases, and their consumers on the bus; or,
/// with <c>generate</c>, the test-data generator. A named class, not top-level statements, so its
/// Program does not clash with the web host's.
/// </summary>
public static class StoresProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is [GenerateCommand.Name, .. var options]) return await GenerateCommand.RunAsync(options);

        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddReferenceStores();
        builder.AddMessageBus(bus => bus.AddStoreConsumers(builder.Configuration));
        await builder.Build().RunAsync();
        return 0;
    }
}
