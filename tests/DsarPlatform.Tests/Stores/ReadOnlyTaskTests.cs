using DsarPlatform.Contracts;
using DsarPlatform.Stores.DemoData;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class ReadOnlyTaskTests
{
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores()
    {
        BlockingReadConsumer.Reset();
        host = await StoreTestHost.StartAsync(moreConsumers: bus => bus.AddConsumer<BlockingReadConsumer>().Endpoint(e => e.Name = BlockingReadConsumer.Queue));
    }

    [TearDown]
    public async Task StopStores()
    {
        BlockingReadConsumer.MayGoOn.TrySetResult();
        await host.DisposeAsync();
    }

    [Test]
    public async Task A_task_that_only_reads_leaves_the_store_free_to_write_and_reads_one_snapshot()
    {
        var export = new ExportSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Alice.AccountId);
        await host.SendAsync(BlockingReadConsumer.Queue, export);
        await BlockingReadConsumer.FirstReadDone.Task.WaitAsync(TimeSpan.FromSeconds(20));

        // Another writer commits while the read is paused; it would give up after a second if the read held the
        // file's write lock, as it did before exports and listing checks read outside it.
        await using (var writer = await host.OpenStoreFileAsync(StoreNames.Directory))
        {
            await ExecuteAsync(writer, "PRAGMA busy_timeout = 1000; BEGIN IMMEDIATE;");
            Assert.That(await ExecuteAsync(writer, $"""UPDATE "Profiles" SET "DisplayName" = 'Ali' WHERE "AccountId" = '{DemoCustomers.Alice.AccountId}'"""), Is.EqualTo(1));
            await ExecuteAsync(writer, "COMMIT;");
        }
        BlockingReadConsumer.MayGoOn.TrySetResult();

        var exported = await host.WaitForCompletionAsync(export.TaskId);
        Assert.That(exported.Outcome.Counts, Is.EqualTo(new[] { new CategoryCount("before", 0), new CategoryCount("after", 0) }),
            "both reads see the data as it was when the task began");
    }

    static async Task<int> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
