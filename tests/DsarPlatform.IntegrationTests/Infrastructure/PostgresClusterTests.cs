using Npgsql;

namespace DsarPlatform.IntegrationTests.Infrastructure;

[TestFixture]
[CancelAfter(30_000)]
public sealed class PostgresClusterTests
{
    [Test]
    public async Task Creates_a_database_and_answers_queries(CancellationToken cancellationToken)
    {
        await using var cluster = await PostgresCluster.StartNewAsync(cancellationToken);
        TestContext.Progress.WriteLine($"PostgreSQL cluster (initdb + start) in {cluster.StartDuration.TotalSeconds:F1} s");

        var connectionString = await cluster.CreateDatabaseAsync("fixture_check", cancellationToken);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await using var query = new NpgsqlCommand("SELECT current_database() || ':' || sum(id) FROM t", connection);
            Assert.That(await query.ExecuteScalarAsync(cancellationToken), Is.EqualTo("fixture_check:3"));
        }

        await cluster.StopAsync();
        Assert.That(await FreePort.IsOpenAsync(cluster.Port), Is.False, "the port still answers after StopAsync");
        await cluster.DisposeAsync(); // disposing twice (again by await using) must be harmless
    }
}
