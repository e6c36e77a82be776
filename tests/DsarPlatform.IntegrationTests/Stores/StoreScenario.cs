using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>
/// The billing store as a real <c>DsarPlatform.Stores</c> process on a private RabbitMQ node, its database
/// seeded with synthetic accounts, and a test bus that sends it erase tasks and collects the replies.
/// </summary>
public sealed class StoreScenario : IAsyncDisposable
{
    readonly Dictionary<string, string?> settings;
    readonly RabbitMqNode rabbit;

    StoreScenario(RabbitMqNode rabbit, Dictionary<string, string?> settings)
    {
        this.rabbit = rabbit;
        this.settings = settings;
        Data = new BillingTestData(settings);
    }

    public AppProcess Stores { get; private set; } = null!;
    public StoreTestBus Bus { get; private set; } = null!;
    public BillingTestData Data { get; }

    /// <summary>
    /// <paramref name="storeSettings"/> in configuration form (<c>Stores:Provider</c>, <c>ConnectionStrings:billing</c>,
    /// <c>DataFolder</c>); the process gets them as environment variables.
    /// </summary>
    public static async Task<StoreScenario> StartAsync(RabbitMqNode rabbit, Dictionary<string, string?> storeSettings, int accounts)
    {
        var scenario = new StoreScenario(rabbit, storeSettings);
        try
        {
            // The process migrates the database before its bus starts; seed after that.
            await scenario.StartStoresAsync();
            await scenario.Data.AddAccountsAsync(accounts);
            scenario.Bus = await StoreTestBus.StartAsync(rabbit.AmqpUri);
            return scenario;
        }
        catch
        {
            await scenario.DisposeAsync();
            throw;
        }
    }

    public static EraseSubjectData EraseTask(int accountIndex) => new(Guid.NewGuid(), Guid.NewGuid(), BillingTestData.AccountId(accountIndex));

    public async Task StartStoresAsync()
    {
        var environment = settings.ToDictionary(s => s.Key.Replace(":", "__"), s => s.Value);
        environment["DOTNET_ENVIRONMENT"] = "Production"; // no demo data: the test seeds its own
        environment["Stores__Enabled"] = StoreNames.Billing;
        environment["Bus__Transport"] = "RabbitMq";
        environment["ConnectionStrings__RabbitMq"] = rabbit.AmqpUri.ToString();
        // A line per SQL command would cost the store more than the tasks do on a 2-core machine; the
        // store's own "processed task" lines (counted by the tests) stay.
        environment["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        Stores = AppProcess.Start(BuiltApp.Stores, environment);
        await Stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(60));
    }

    /// <summary>Sends the tasks one after another (each confirmed by the broker, resent on failure).</summary>
    public async Task SendAllAsync(IEnumerable<EraseSubjectData> tasks, TimeSpan giveUpAfter, Action<int>? afterEach = null)
    {
        var sent = 0;
        foreach (var task in tasks)
        {
            await Bus.SendAsync(StoreNames.Billing, task, giveUpAfter);
            afterEach?.Invoke(++sent);
        }
    }

    /// <summary>Asserts each task left exactly one ProcessedTasks row, erased its account, and every reply agrees.</summary>
    public async Task AssertEachTaskHadOneEffectAsync(IReadOnlyList<EraseSubjectData> tasks)
    {
        var processed = await Data.ProcessedTaskCountsAsync();
        var state = await Data.ErasureStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(tasks.Count(t => processed.GetValueOrDefault(t.TaskId) == 1), Is.EqualTo(tasks.Count), "one ProcessedTasks row per task");
            Assert.That(processed.Values.Sum(), Is.EqualTo(tasks.Count), "no other rows");
            Assert.That(state.ErasedAccounts, Is.EqualTo(tasks.Count), "every account erased");
            Assert.That(state.CallRecordsLeft, Is.Zero, "every call record erased");
            foreach (var task in tasks)
            {
                // A second effect would find nothing left and report zero counts: every reply must be the first one's.
                var replies = Bus.Replies.For(task.TaskId);
                Assert.That(replies.Select(r => Count(r, "call-records")), Is.All.EqualTo(1), $"task {task.TaskId}");
                Assert.That(replies.Select(r => Count(r, "account-details")), Is.All.EqualTo(1), $"task {task.TaskId}");
            }
        });
    }

    static int Count(StoreTaskCompleted reply, string category) =>
        reply.Outcome.Counts.Single(c => c.Category == category).Count;

    public async ValueTask DisposeAsync()
    {
        if (Bus is not null) await Bus.DisposeAsync();
        if (Stores is not null) await Stores.DisposeAsync();
        await Data.DisposeAsync();
    }
}
