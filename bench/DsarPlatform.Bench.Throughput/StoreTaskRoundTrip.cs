using System.Diagnostics;
using DsarPlatform.Contracts;
using DsarPlatform.Hosting;
using DsarPlatform.Stores;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Bench.Throughput;

/// <summary>
/// End-to-end store-task throughput: the reference stores' real consumers (billing erase, directory
/// listing check) hosted in-process with the project's own bus set-up over RabbitMQ, each task sent as
/// the workflow sends it and timed until its StoreTaskCompleted reply arrives back on the bus.
/// </summary>
/// <param name="storeSettings">Extra configuration, e.g. <c>Stores:Provider</c> and the stores' connection strings.</param>
public sealed class StoreTaskRoundTrip(Uri amqp, string dataFolder, int sendersInFlight, IReadOnlyDictionary<string, string?> storeSettings) : IAsyncDisposable
{
    IHost? host;

    /// <summary>The body sizes of the envelopes sent and published so far.</summary>
    public MessageSizes Sizes { get; } = new();

    public async Task StartAsync(int accounts)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DataFolder"] = dataFolder,
            ["Database:MigrateOnStart"] = "true",
            ["Stores:Enabled"] = $"{StoreNames.Billing},{StoreNames.Directory}",
            ["Bus:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = amqp.ToString(),
            // As the stores process sets them (StoresProgram); the environment can still override both.
            [StoresProgram.PrefetchKey] = Environment.GetEnvironmentVariable("Bus__PrefetchCount") ?? "32",
            [StoresProgram.ConcurrencyKey] = Environment.GetEnvironmentVariable("Bus__ConcurrentMessageLimit") ?? "32",
            // One line per task would measure the console, not the stores.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(storeSettings);
        builder.Services.AddSingleton<ReplyCounter>();
        builder.AddReferenceStores();
        builder.AddMessageBus(bus =>
        {
            bus.AddStoreConsumers();
            bus.AddConsumer<ReplyCounterConsumer>();
            bus.AddConsumer<NoOpStoreConsumer>().Endpoint(e => e.Name = NoOpStoreConsumer.Queue);
        });
        host = builder.Build();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();
        bus.ConnectSendObserver(Sizes);
        bus.ConnectPublishObserver(Sizes);
        await SeedAsync(accounts);
    }

    public static string AccountId(int index) => $"bench-{index:D6}";

    /// <summary>Tasks per second for <paramref name="count"/> tasks made by <paramref name="task"/> and sent to <paramref name="store"/>.</summary>
    public async Task<double> TasksPerSecondAsync<T>(string store, int count, Func<int, T> task, TimeSpan timeout) where T : class
    {
        var services = host!.Services;
        var replies = services.GetRequiredService<ReplyCounter>().Expect(count);
        var endpoint = await services.GetRequiredService<IBus>().GetSendEndpoint(new Uri($"queue:{store}"));
        var clock = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(sendersInFlight);
        var sends = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            await slots.WaitAsync();
            sends.Add(SendAsync(endpoint, task(i), slots));
        }
        await Task.WhenAll(sends);
        await replies.WaitAsync(timeout);
        return count / clock.Elapsed.TotalSeconds;
    }

    static async Task SendAsync<T>(ISendEndpoint endpoint, T message, SemaphoreSlim slots) where T : class
    {
        try
        {
            await endpoint.Send(message);
        }
        finally
        {
            slots.Release();
        }
    }

    async Task SeedAsync(int accounts)
    {
        await using var scope = host!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        var now = DateTime.UtcNow;
        for (var i = 0; i < accounts; i++)
        {
            db.Accounts.Add(new BillingAccount { AccountId = AccountId(i), FullName = "Bench Person", CreatedAtUtc = now });
            db.CallRecords.Add(new CallRecord { AccountId = AccountId(i), CalleeNumber = "+15550000000", StartedAtUtc = now, DurationSeconds = 1, CostCents = 1 });
        }
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (host is null) return;
        await host.StopAsync(TimeSpan.FromSeconds(15));
        host.Dispose();
    }
}
