using DsarPlatform.Hosting;
using Npgsql;

namespace DsarPlatform.Tests.Hosting;

/// <summary>Every PostgreSQL connection string the hosts open gets automatic preparation, unless it sets its own.</summary>
public class PostgreSqlConnectionsTests
{
    [Test]
    public void A_connection_string_without_the_setting_gets_automatic_preparation_and_keeps_the_rest()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults("Host=db;Database=dsar;Username=dsar;Password=secret"));

        Assert.That((result.MaxAutoPrepare, result.Host, result.Database, result.Username),
            Is.EqualTo((PostgreSqlConnections.AutoPreparedStatements, "db", "dsar", "dsar")));
    }

    [TestCase("Host=db;Max Auto Prepare=0", 0)]
    [TestCase("Host=db;maxautoprepare=10", 10)]
    [TestCase("Host=db;MAX AUTO PREPARE=7", 7)]
    public void An_explicit_setting_wins(string connectionString, int expected) =>
        Assert.That(new NpgsqlConnectionStringBuilder(PostgreSqlConnections.WithDefaults(connectionString)).MaxAutoPrepare, Is.EqualTo(expected));
}
