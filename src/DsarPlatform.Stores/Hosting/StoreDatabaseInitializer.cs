using DsarPlatform.Hosting;
using DsarPlatform.Stores.DemoData;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Hosting;

/// <summary>
/// At start, brings each enabled store's database to the latest migration (or, where the <c>migrate</c> command
/// owns the schema, refuses one that is behind; see <see cref="SchemaAtStart"/>) and, in Development
/// or with <c>Stores:SeedDemoData</c>, seeds the demo customers. Runs before the bus starts
/// (registered first), so no task meets a missing table. Several processes may do this on one
/// SQLite file at once: EF Core's migration lock serialises the migrators, and the seed is one
/// write transaction guarded by its marker row.
/// </summary>
public sealed class StoreDatabaseInitializer(
    IServiceScopeFactory scopes, IOptions<StoreOptions> options, IHostEnvironment environment, IConfiguration configuration,
    ILogger<StoreDatabaseInitializer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var seed = environment.IsDevelopment() || options.Value.SeedDemoData;
        var migrate = SchemaAtStart.MigratesOnStart(configuration, environment);
        foreach (var store in options.Value.EnabledStores())
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = StoreDatabase.Resolve(scope.ServiceProvider, store);
            await SchemaAtStart.EnsureAsync(db, migrate, store, cancellationToken);
            if (db.Database.IsSqlite())
            {
                // WAL: one commit is one append (no rollback-journal fsyncs), and readers never wait on the writer.
                // The mode persists in the file; a host that finds another holding the file keeps the current mode.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            if (seed) await DemoDataSeeder.SeedAsync(scope.ServiceProvider, store, cancellationToken);
            logger.LogInformation("Store {Store} database ready (demo data: {Seeded})", store, seed);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
