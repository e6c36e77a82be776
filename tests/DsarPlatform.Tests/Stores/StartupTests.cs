using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.DemoData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class StartupTests
{
    string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Path.Combine(Path.GetTempPath(), "dsar-stores-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Hosts_starting_together_on_one_data_folder_migrate_and_seed_once()
    {
        var configuration = StoreTestHost.BuildConfiguration(folder);
        var hosts = Enumerable.Range(0, 3).Select(_ => StoreTestHost.BuildServices(configuration)).ToList();

        await Task.WhenAll(hosts.Select(h => Task.Run(() => StoreTestHost.CreateInitializer(h).StartAsync(CancellationToken.None))));

        await using var scope = hosts[0].CreateAsyncScope();
        var billing = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        Assert.That(await billing.Accounts.CountAsync(), Is.EqualTo(DemoCustomers.All.Count));
        Assert.That(await billing.Database.GetPendingMigrationsAsync(), Is.Empty);
        var contacts = scope.ServiceProvider.GetRequiredService<ContactsDbContext>();
        Assert.That(await contacts.ContactEntries.CountAsync(), Is.EqualTo(6));
        foreach (var host in hosts) await host.DisposeAsync();
    }

    [Test]
    public async Task Restarting_does_not_seed_erased_demo_customers_again()
    {
        await using (var host = await StoreTestHost.StartAsync(folder))
            await host.RunAsync(StoreNames.Contacts, new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), DemoCustomers.Alice.AccountId));

        await using var restarted = await StoreTestHost.StartAsync(folder);
        await using var scope = restarted.Scope();
        var contacts = restarted.Db<ContactsDbContext>(scope);
        Assert.That(await contacts.ContactLists.AnyAsync(l => l.OwnerAccountId == DemoCustomers.Alice.AccountId), Is.False);
    }
}
