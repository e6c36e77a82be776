using DsarPlatform.Stores.Generation;
using DsarPlatform.Stores.ImHistory;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class DataGeneratorTests
{
    readonly List<string> folders = [];

    [TearDown]
    public void DeleteFolders()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in folders.Where(System.IO.Directory.Exists)) System.IO.Directory.Delete(folder, recursive: true);
    }

    async Task<(IReadOnlyDictionary<string, long> Counts, ServiceProvider Services)> GenerateAsync(GenerationPlan plan)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dsar-generate-" + Guid.NewGuid().ToString("N"));
        folders.Add(folder);
        var services = StoreTestHost.BuildServices(StoreTestHost.BuildConfiguration(folder));
        await DataGenerator.GenerateAsync(services, plan, TextWriter.Null);
        return (await DataGenerator.CountAsync(services), services);
    }

    static GenerationPlan Plan(int seed) => new(Accounts: 40, HeavyUserMessages: 3_000, Seed: seed, NowUtc: StoreTestHost.Start.UtcDateTime);

    [Test]
    public async Task The_same_seed_generates_the_same_data_volumes()
    {
        var (first, firstServices) = await GenerateAsync(Plan(7));
        var (second, secondServices) = await GenerateAsync(Plan(7));
        await firstServices.DisposeAsync();
        await secondServices.DisposeAsync();

        Assert.That(second, Is.EqualTo(first));
        Assert.That((first["billing.accounts"], first["directory.profiles"], first["contacts.lists"]), Is.EqualTo((40L, 40L, 40L)));
        Assert.That(first["im-history.heavy-user-messages"], Is.EqualTo(3_000));
        Assert.That(first["billing.call-records"], Is.GreaterThan(40 * 10));
    }

    [Test]
    public async Task Generated_messages_all_survive_the_30_day_purge_and_a_second_run_adds_nothing()
    {
        var (counts, services) = await GenerateAsync(Plan(11));
        await using (services)
        {
            await using (var scope = services.CreateAsyncScope())
                Assert.That(await scope.ServiceProvider.GetRequiredService<ImHistoryPurge>().RunAsync(CancellationToken.None), Is.Zero);

            await DataGenerator.GenerateAsync(services, Plan(11), TextWriter.Null);
            Assert.That(await DataGenerator.CountAsync(services), Is.EqualTo(counts));
        }
    }
}
