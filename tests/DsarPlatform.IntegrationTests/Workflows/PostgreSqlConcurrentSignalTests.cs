using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>R5 on PostgreSQL: the same hundred concurrent answers with the workflow database on a private cluster.</summary>
[NonParallelizable]
public sealed class PostgreSqlConcurrentSignalTests : ConcurrentSignalScenario
{
    PostgresCluster _cluster = null!;

    [OneTimeSetUp]
    public async Task StartCluster()
    {
        RequiredBinary.Check("/usr/lib/postgresql/15/bin/initdb", "postgresql");
        _cluster = await PostgresCluster.StartNewAsync();
    }

    [OneTimeTearDown]
    public async Task StopCluster() => await _cluster.DisposeAsync();

    protected override async Task<Dictionary<string, string?>> DatabaseSettingsAsync() => new()
    {
        ["Database:Provider"] = "PostgreSql",
        // A pool below the server's connection limit, as a deployment would size it: extra units of work queue for a connection.
        ["ConnectionStrings:dsar"] = await _cluster.CreateDatabaseAsync($"dsar_{Guid.NewGuid():N}") + ";Maximum Pool Size=20",
    };
}
