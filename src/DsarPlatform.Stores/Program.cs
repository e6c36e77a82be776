using DsarPlatform.Hosting;
using DsarPlatform.Hosting.Health;
using DsarPlatform.Hosting.Telemetry;
using DsarPlatform.Stores.Generation;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;

namespace DsarPlatform.Stores;

/// <summary>
/// The reference stores as their own process: their databases, and their consumers on the bus; or,
/// with <c>generate</c>, the test-data generator; or, with <c>migrate</c>, the stores' schema and nothing else.
/// A named class, not top-level statements, so its Program does not clash with the web host's.
/// </summary>
public static class StoresProgram
{
    public const string PrefetchKey = "Bus:PrefetchCount";
    public const string ConcurrencyKey = "Bus:ConcurrentMessageLimit";

    public static async Task<int> Main(string[] args)
    {
        if (args is [GenerateCommand.Name, .. var options]) return await GenerateCommand.RunAsync(options);
        if (args is [StoresMigrateCommand.Name, .. var settings]) return await StoresMigrateCommand.RunAsync(settings, Console.Out, Console.Error);

        await BuildHost(args).RunAsync();
        return 0;
    }

    /// <summary>The stores host, not yet started; a bad setting stops it at start, naming the key.</summary>
    public static IHost BuildHost(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddReferenceStores();
        builder.AddHealthListener();
        builder.AddTelemetry("dsar-stores");
        // This process hosts only store consumers: on SQLite 32 tasks per queue at once (MassTransit's default is 16)
        // lets each reply's broker confirm overlap the next tasks' database work, and the tasks waiting for the file's
        // one writer commit together: measured +15-45% tasks/s. On a server database each task holds a connection of
        // its own: 4 queues x 32 went past PostgreSQL's default 100 connections (53300, every task retried; the flow
        // bench ran at 2-3% of raw), so 8 per queue there. Settings still override either.
        var perQueue = builder.Configuration.GetValue("Stores:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.Sqlite ? "32" : "8";
        builder.Configuration[PrefetchKey] ??= perQueue;
        builder.Configuration[ConcurrencyKey] ??= perQueue;
        builder.AddMessageBus(bus => bus.AddStoreConsumers());
        return builder.Build();
    }
}
