using DsarPlatform.Contracts;
using DsarPlatform.Stores.Billing;
using DsarPlatform.Hosting;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.Extensions.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Bench.Flow;

/// <summary>
/// Where the web host and the stores process keep their data: SQLite files in one shared data folder, or one
/// database each on a private PostgreSQL cluster. Contexts opened here are the bench's own (seeding, counting).
/// </summary>
public sealed class FlowDatabases(string dataFolder, IReadOnlyDictionary<string, string>? postgreSql)
{
    public bool OnPostgreSql => postgreSql is not null;

    /// <summary>Settings both processes get (environment variables, <c>Section__Key</c>).</summary>
    public Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?> { ["DataFolder"] = dataFolder };
        if (postgreSql is null) return settings;
        settings["Database__Provider"] = "PostgreSql";
        settings["Stores__Provider"] = "PostgreSql";
        foreach (var (name, connectionString) in postgreSql) settings[$"ConnectionStrings__{name}"] = connectionString;
        return settings;
    }

    /// <summary>
    /// The workflow database, sealing with the keys the web host keeps in the data folder (it creates them at start). On
    /// SQLite its saves seal their audit entries as the web host's do (its verification commits among them), so a
    /// round does not start with the release's 8 entries per request left to the sealer.
    /// </summary>
    public DsarDbContext Workflow() =>
        new(Options<DsarDbContext>("dsar", postgreSql is null ? [new SqliteSaveGate(), AuditInlineSealing.Instance] : []),
            AtRestKeyLoader.Load(new ConfigurationBuilder().Build(), dataFolder));

    public BillingDbContext Billing() => postgreSql is null
        ? new BillingDbContext(Options<BillingDbContext>(StoreNames.Billing))
        : new BillingPostgreSqlDbContext(Options<BillingPostgreSqlDbContext>(StoreNames.Billing));

    public DirectoryDbContext Directory() => postgreSql is null
        ? new DirectoryDbContext(Options<DirectoryDbContext>(StoreNames.Directory))
        : new DirectoryPostgreSqlDbContext(Options<DirectoryPostgreSqlDbContext>(StoreNames.Directory));

    DbContextOptions<T> Options<T>(string database, IInterceptor[]? interceptors = null) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        if (postgreSql is null) builder.UseSqlite($"Data Source={Path.Combine(dataFolder, database + ".db")};Default Timeout=60");
        else builder.UseNpgsql(postgreSql[database]);
        return builder.AddInterceptors(interceptors ?? []).Options;
    }
}
