using DsarPlatform.Contracts;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>
/// The stores on a PostgreSQL cluster the test starts (<c>Stores:Provider</c> = <c>PostgreSql</c>): the store's
/// own PostgreSQL migrations, and idempotency by task id on that engine.
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlStoreTests
{
    [Test, CancelAfter(90_000)]
    public async Task The_same_erase_task_delivered_three_times_has_one_effect_on_PostgreSQL()
    {
        await using var postgres = await PostgresCluster.StartNewAsync();
        await using var rabbit = await RabbitMqNode.StartNewAsync();
        using var data = new TempFolder("store-postgres");
        var billing = await postgres.CreateDatabaseAsync(StoreNames.Billing);
        await using var scenario = await StoreScenario.StartAsync(rabbit, new()
        {
            ["DataFolder"] = data.Path,
            ["Stores:Provider"] = "PostgreSql",
            ["ConnectionStrings:billing"] = billing,
        }, accounts: 1);

        Assert.That(scenario.Stores.OutputLines.Any(l => l.Contains("database ready")), scenario.Stores.LogTail());
        await TripleDelivery.AssertOneEffectAndThreeIdenticalRepliesAsync(scenario);
    }
}
