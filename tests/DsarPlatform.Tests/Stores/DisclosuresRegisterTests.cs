using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Stores;

/// <summary>
/// The billing store's disclosures register ("Shine the Light"): it answers one calendar year's disclosures for direct
/// marketing, sealed, and none for a year without any; an erasure removes the account's rows.
/// </summary>
[TestFixture, CancelAfter(60_000)]
public class DisclosuresRegisterTests
{
    static readonly string Alice = DemoCustomers.Alice.AccountId;
    // The demo data holds Alice's disclosures of the year before the store's clock and one of its own year.
    static readonly int LastYear = StoreTestHost.Start.Year - 1;
    StoreTestHost host = null!;

    [SetUp]
    public async Task StartStores() => host = await StoreTestHost.StartAsync();

    [TearDown]
    public async Task StopStores() => await host.DisposeAsync();

    async Task<(StoreTaskCompleted Result, List<MarketingDisclosure> Disclosures)> ListAsync(string accountId, int year)
    {
        var result = await host.RunAsync(StoreNames.Billing, new ListDisclosures(Guid.NewGuid(), Guid.NewGuid(), accountId, year));
        await using var scope = host.Scope();
        var seal = scope.ServiceProvider.GetRequiredService<PayloadSeal>();
        return (result, JsonSerializer.Deserialize<List<MarketingDisclosure>>(seal.Open(result.Outcome.SealedDisclosures!), JsonSerializerOptions.Web)!);
    }

    [Test]
    public async Task The_store_answers_a_years_disclosures_and_none_for_another_year()
    {
        var (result, disclosures) = await ListAsync(Alice, LastYear);
        var (_, yearBefore) = await ListAsync(Alice, LastYear - 1);
        var (_, chloe) = await ListAsync(DemoCustomers.Chloe.AccountId, LastYear);

        Assert.That(disclosures.Select(d => (d.DisclosedOn, d.ThirdPartyName)), Is.EqualTo(new[]
        {
            (new DateOnly(LastYear, 3, 14), "Example Travel Offers Inc."), (new DateOnly(LastYear, 9, 2), "Example Magazine Group LLC"),
        }), "that year's disclosures only, not the one of the year after");
        Assert.That(disclosures[0].Categories, Is.EqualTo(new[] { "name", "postal address", "email address" }));
        Assert.That(disclosures[0].ThirdPartyAddress, Does.Contain("Los Angeles"));
        Assert.That((result.Action, result.Outcome.Counts.Single()), Is.EqualTo((StoreActions.ListDisclosures, new CategoryCount("direct-marketing-disclosures", 2))));
        Assert.That(JsonSerializer.Serialize(result), Does.Not.Contain("Example Travel"), "the answer travels sealed");
        Assert.That(yearBefore, Is.Empty);
        Assert.That(chloe, Is.Empty, "a customer with no disclosures gets none");
    }

    [Test]
    public async Task Erasure_removes_the_accounts_rows_from_the_register()
    {
        var result = await host.RunAsync(StoreNames.Billing, new EraseSubjectData(Guid.NewGuid(), Guid.NewGuid(), Alice));

        Assert.That(result.Outcome.Counts, Does.Contain(new CategoryCount("direct-marketing-disclosures", 3)));
        Assert.That(result.Outcome.Retained.Select(r => r.Category), Does.Not.Contain("direct-marketing-disclosures"), "no law asks to keep the register");
        await using var scope = host.Scope();
        var billing = host.Db<BillingDbContext>(scope);
        Assert.That(await billing.MarketingDisclosures.CountAsync(d => d.AccountId == Alice), Is.Zero);
        Assert.That(await billing.MarketingDisclosures.CountAsync(d => d.AccountId == DemoCustomers.Bob.AccountId), Is.EqualTo(1), "others' rows stay");
        Assert.That((await ListAsync(Alice, LastYear)).Disclosures, Is.Empty);
    }
}
