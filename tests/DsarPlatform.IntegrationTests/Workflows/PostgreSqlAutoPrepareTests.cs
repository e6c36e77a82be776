using DsarPlatform.Hosting;
using DsarPlatform.IntegrationTests.Infrastructure;
using Npgsql;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// On a real server, a connection opened as the hosts open theirs keeps the statements it repeats prepared (parsed and
/// planned once, not on every execution), and one whose string turns that off prepares none.
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlAutoPrepareTests
{
    [Test, CancelAfter(120_000)]
    public async Task A_statement_run_repeatedly_is_prepared_on_the_server_unless_the_connection_string_turns_it_off()
    {
        await using var postgres = await PostgresCluster.StartNewAsync();
        var database = await postgres.CreateDatabaseAsync("dsar");

        Assert.That(await PreparedAfterRepeatsAsync(PostgreSqlConnections.WithDefaults(database)), Is.GreaterThan(0));
        Assert.That(await PreparedAfterRepeatsAsync(PostgreSqlConnections.WithDefaults(database + ";Max Auto Prepare=0")), Is.Zero);
    }

    static async Task<long> PreparedAfterRepeatsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var i = 0; i < 10; i++)
        {
            await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_class WHERE relpages >= $1", connection) { Parameters = { new() { Value = i } } };
            await query.ExecuteScalarAsync();
        }
        await using var prepared = new NpgsqlCommand("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%relpages%'", connection);
        return (long)(await prepared.ExecuteScalarAsync())!;
    }
}
