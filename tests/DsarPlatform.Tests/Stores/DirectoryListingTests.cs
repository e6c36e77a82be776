using DsarPlatform.Contracts;
using DsarPlatform.Stores.DemoData;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class DirectoryListingTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId;
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    Task<StoreTaskCompleted> CheckAsync(string accountId) =>
        host.RunAsync(StoreNames.Directory, new CheckDirectoryListing(Guid.NewGuid(), Guid.NewGuid(), accountId));

    [Test]
    public async Task A_listed_account_is_reported_as_listed()
    {
        var result = await CheckAsync(Alice);
        Assert.That((result.Action, result.Outcome.StillListed), Is.EqualTo((StoreActions.CheckListing, (bool?)true)));
    }

    [Test]
    public async Task An_erased_account_is_still_listed_until_the_propagation_delay_has_passed()
    {
        await host.RunAsync(StoreNames.Directory, new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice));

        host.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.That((await CheckAsync(Alice)).Outcome.StillListed, Is.True);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await CheckAsync(Alice)).Outcome.StillListed, Is.False);
        Assert.That((await CheckAsync(DemoCustomers.Bob.AccountId)).Outcome.StillListed, Is.True);
    }

    [Test]
    public async Task An_unknown_account_is_not_listed()
    {
        Assert.That((await CheckAsync("nobody.demo")).Outcome.StillListed, Is.False);
    }
}
