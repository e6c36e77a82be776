using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>A migrated workflow database on a private PostgreSQL cluster; each context as another host would open it.</summary>
public sealed class PostgreSqlWorkflowDatabase : IAsyncDisposable
{
    readonly PostgresCluster cluster;
    readonly string connectionString;
    readonly AtRestKeys keys = AtRestKeys.Random(); // every "host" shares the at-rest keys, as real hosts do

    PostgreSqlWorkflowDatabase(PostgresCluster cluster, string connectionString) => (this.cluster, this.connectionString) = (cluster, connectionString);

    public static async Task<PostgreSqlWorkflowDatabase> StartAsync()
    {
        var cluster = await PostgresCluster.StartNewAsync();
        var database = new PostgreSqlWorkflowDatabase(cluster, await cluster.CreateDatabaseAsync("dsar"));
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public DsarDbContext NewContext() => new(new DbContextOptionsBuilder<DsarDbContext>()
        .UseNpgsql(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql")).Options, keys);

    public async Task<Guid> AddRequestAsync()
    {
        await using var db = NewContext();
        var request = new DsarRequest { Reference = RequestReference.New(), Channel = "test", SubmittedEmail = "someone@example.com", SubmittedName = "Some One" };
        db.Requests.Add(request);
        await db.SaveChangesAsync();
        return request.Id;
    }

    public ValueTask DisposeAsync() => cluster.DisposeAsync();
}
