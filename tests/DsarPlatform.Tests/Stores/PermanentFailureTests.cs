using DsarPlatform.Contracts;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.Hosting;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class PermanentFailureTests
{
    [Test]
    public async Task A_permanent_failure_is_reported_as_failed_without_any_effect()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dsar-stores-" + Guid.NewGuid().ToString("N"));
        var configuration = StoreTestHost.BuildConfiguration(folder);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(StoreTestHost.Start))
            .AddStoreDatabases(configuration)
            .AddMassTransitTestHarness(bus => bus.AddConsumer<FailingDirectoryConsumer>().Endpoint(e => e.Name = "failing"))
            .BuildServiceProvider();
        try
        {
            await StoreTestHost.CreateInitializer(services).StartAsync(CancellationToken.None);
            var harness = services.GetRequiredService<ITestHarness>();
            await harness.Start();
            var task = new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Alice.AccountId);

            await (await harness.Bus.GetSendEndpoint(new Uri("queue:failing"))).Send(task);

            Assert.That(await harness.Published.Any<StoreTaskFailed>(m => m.Context.Message.TaskId == task.TaskId), Is.True);
            var failed = harness.Published.Select<StoreTaskFailed>().Single().Context.Message;
            Assert.That((failed.Store, failed.Action, failed.Reason), Is.EqualTo((StoreNames.Directory, StoreActions.Erase, FailingDirectoryConsumer.Reason)));
            Assert.That(await harness.Published.Any<StoreTaskCompleted>(), Is.False);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            Assert.That(await db.Listings.CountAsync(), Is.EqualTo(3));
            Assert.That(await db.ProcessedTasks.AnyAsync(t => t.TaskId == task.TaskId), Is.False);
            await harness.Stop();
        }
        finally
        {
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}
