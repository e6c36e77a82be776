using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Bench.Queue;

/// <summary>The workflow database on one engine, migrated as the product migrates it, with the definitions loaded.</summary>
public sealed class QueueDatabase(string engine, string connectionString)
{
    public string Engine => engine;
    public DefinitionCatalog Catalog { get; } = new();
    readonly AtRestKeys keys = AtRestKeys.Random();

    public DsarDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<DsarDbContext>();
        if (engine == "sqlite") options.UseSqlite(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite"));
        else options.UseNpgsql(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql"));
        return new DsarDbContext(options.Options, keys);
    }

    public async Task PrepareAsync(string definitionsFolder)
    {
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await new DefinitionLoader(db, Catalog, new DsarPlatform.Workflows.Regimes.RegimeCatalog(), TimeProvider.System).LoadAsync(definitionsFolder, CancellationToken.None);
    }

    /// <summary>Fresh statistics after the bulk load, as autovacuum or <c>PRAGMA optimize</c> would give a live database.</summary>
    public async Task AnalyzeAsync()
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync(engine == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE");
    }
}
