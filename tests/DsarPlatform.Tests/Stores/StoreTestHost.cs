using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Hosting;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Stores;

/// <summary>
/// The reference stores on real SQLite files in a temporary data folder, migrated and seeded with
/// the demo customers, behind MassTransit's in-memory test harness, on a fake clock.
/// </summary>
internal sealed class StoreTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    readonly ServiceProvider provider;
    readonly bool ownsFolder;

    StoreTestHost(string folder, ServiceProvider provider, bool ownsFolder)
    {
        Folder = folder;
        this.provider = provider;
        this.ownsFolder = ownsFolder;
    }

    public string Folder { get; }
    public FakeTimeProvider Clock => (FakeTimeProvider)provider.GetRequiredService<TimeProvider>();
    public ITestHarness Harness => provider.GetRequiredService<ITestHarness>();

    /// <param name="moreConsumers">Consumers to host beside the reference stores', e.g. a test-only handler.</param>
    public static async Task<StoreTestHost> StartAsync(
        string? folder = null, IDictionary<string, string?>? settings = null, Action<IBusRegistrationConfigurator>? moreConsumers = null)
    {
        var ownsFolder = folder is null;
        folder ??= Path.Combine(Path.GetTempPath(), "dsar-stores-" + Guid.NewGuid().ToString("N"));
        var configuration = BuildConfiguration(folder, settings);
        var provider = BuildServices(configuration, moreConsumers);
        var host = new StoreTestHost(folder, provider, ownsFolder);
        await host.CreateInitializer().StartAsync(CancellationToken.None);
        await host.Harness.Start();
        return host;
    }

    public static IConfiguration BuildConfiguration(string folder, IDictionary<string, string?>? settings = null) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataFolder"] = folder, ["Stores:SeedDemoData"] = "true" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

    public static ServiceProvider BuildServices(IConfiguration configuration, Action<IBusRegistrationConfigurator>? moreConsumers = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
        services.AddReferenceStores(configuration);
        // The tests run the start-up initializer and the jobs themselves; the harness would start them as well.
        services.RemoveAll<IHostedService>();
        services.AddSingleton(PayloadKey.Load(configuration));
        services.AddMassTransitTestHarness(bus =>
        {
            bus.AddStoreConsumers();
            moreConsumers?.Invoke(bus);
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    public StoreDatabaseInitializer CreateInitializer() => CreateInitializer(provider);

    public static StoreDatabaseInitializer CreateInitializer(IServiceProvider services) => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        services.GetRequiredService<IOptions<StoreOptions>>(),
        new HostingEnvironment { EnvironmentName = Environments.Production },
        // As a deployment that lets its hosts migrate; the migrate command's own tests cover the other way.
        new ConfigurationBuilder().AddInMemoryCollection([new(SchemaAtStart.MigrateOnStartKey, "true")]).Build(),
        NullLogger<StoreDatabaseInitializer>.Instance);

    /// <summary>Sends a task to a store's queue and returns the result the store published for it.</summary>
    public async Task<StoreTaskCompleted> RunAsync(string store, IStoreTask task)
    {
        var before = CompletionsOf(task.TaskId).Count;
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{store}"));
        await endpoint.Send((object)task);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (CompletionsOf(task.TaskId).Count == before)
        {
            if (Harness.Published.Select<StoreTaskFailed>(m => m.Context.Message.TaskId == task.TaskId).Any())
                Assert.Fail($"Store {store} reported task {task.TaskId} failed.");
            await Task.Delay(20, timeout.Token);
        }
        return CompletionsOf(task.TaskId)[^1];
    }

    /// <summary>Sends a task and returns the failure the store reported for it.</summary>
    public async Task<StoreTaskFailed> RunExpectingFailureAsync(string store, IStoreTask task)
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(new Uri($"queue:{store}"));
        await endpoint.Send((object)task);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var failed = Harness.Published.Select<StoreTaskFailed>(m => m.Context.Message.TaskId == task.TaskId).FirstOrDefault();
            if (failed is not null) return failed.Context.Message;
            if (CompletionsOf(task.TaskId).Count > 0) Assert.Fail($"Store {store} completed task {task.TaskId}, expected a failure.");
            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>A correction task for <paramref name="accountId"/>, its changes sealed as the workflow seals them.</summary>
    public RectifySubjectData Rectify(string accountId, params FieldChange[] changes)
    {
        var seal = provider.GetRequiredService<PayloadSeal>();
        return new RectifySubjectData(Guid.NewGuid(), Guid.NewGuid(), accountId,
            seal.Seal(JsonSerializer.Serialize(changes, new JsonSerializerOptions(JsonSerializerDefaults.Web))));
    }

    /// <summary>Sends a task without waiting for its result.</summary>
    public async Task SendAsync(string queue, IStoreTask task) =>
        await (await Harness.Bus.GetSendEndpoint(new Uri($"queue:{queue}"))).Send((object)task);

    /// <summary>Waits for the result of a task sent with <see cref="SendAsync"/>.</summary>
    public async Task<StoreTaskCompleted> WaitForCompletionAsync(Guid taskId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (CompletionsOf(taskId).Count == 0)
            await Task.Delay(20, timeout.Token);
        return CompletionsOf(taskId)[0];
    }

    public List<StoreTaskCompleted> CompletionsOf(Guid taskId) =>
        Harness.Published.Select<StoreTaskCompleted>(m => m.Context.Message.TaskId == taskId)
            .Select(m => m.Context.Message).ToList();

    /// <summary>A connection of its own to a store's SQLite file, as another process would open it.</summary>
    public async Task<SqliteConnection> OpenStoreFileAsync(string store)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, store + ".db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>A scope to read a store's database directly, as the assertions do, or to run a job.</summary>
    public AsyncServiceScope Scope() => provider.CreateAsyncScope();

    public T Db<T>(AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!ownsFolder) return;
        try { System.IO.Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* a file still held open only leaves litter in the temp folder */ }
    }
}
