using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DsarPlatform.Tests.Stores;

/// <summary>
/// Every context has a migration set per provider (SQLite, PostgreSQL, SQL Server), and each must match its model: a
/// change made for one provider only (a migration without its twins) fails here, before it fails on a server. Each set's
/// idempotent script (what <c>dotnet ef migrations script --idempotent</c> writes; SQLite: the full script) must generate; CI keeps the scripts in
/// TestResults/migration-scripts/. No database is opened.
/// </summary>
public class MigrationSetTests
{
    const string NeverOpenedPostgreSql = "Host=localhost;Database=unused";
    const string NeverOpenedSqlServer = "Server=localhost;Database=unused";
    const string NeverOpenedSqlite = "Data Source=unused.db";

    static IEnumerable<TestCaseData> Contexts()
    {
        yield return Case("sqlite", "billing", () => new BillingDbContext(new DbContextOptionsBuilder<BillingDbContext>().UseSqlite(NeverOpenedSqlite).Options));
        yield return Case("sqlite", "contacts", () => new ContactsDbContext(new DbContextOptionsBuilder<ContactsDbContext>().UseSqlite(NeverOpenedSqlite).Options));
        yield return Case("sqlite", "im-history", () => new ImHistoryDbContext(new DbContextOptionsBuilder<ImHistoryDbContext>().UseSqlite(NeverOpenedSqlite).Options));
        yield return Case("sqlite", "directory", () => new DirectoryDbContext(new DbContextOptionsBuilder<DirectoryDbContext>().UseSqlite(NeverOpenedSqlite).Options));
        yield return Case("sqlite", "workflows", () => new DsarDbContext(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlite(NeverOpenedSqlite, o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite")).Options));

        yield return Case("postgresql", "billing", () => new BillingPostgreSqlDbContext(OnPostgreSql<BillingPostgreSqlDbContext>()));
        yield return Case("postgresql", "contacts", () => new ContactsPostgreSqlDbContext(OnPostgreSql<ContactsPostgreSqlDbContext>()));
        yield return Case("postgresql", "im-history", () => new ImHistoryPostgreSqlDbContext(OnPostgreSql<ImHistoryPostgreSqlDbContext>()));
        yield return Case("postgresql", "directory", () => new DirectoryPostgreSqlDbContext(OnPostgreSql<DirectoryPostgreSqlDbContext>()));
        yield return Case("postgresql", "workflows", () => new DsarDbContext(new DbContextOptionsBuilder<DsarDbContext>()
            .UseNpgsql(NeverOpenedPostgreSql, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql")).Options));

        yield return Case("sqlserver", "billing", () => new BillingSqlServerDbContext(OnSqlServer<BillingSqlServerDbContext>()));
        yield return Case("sqlserver", "contacts", () => new ContactsSqlServerDbContext(OnSqlServer<ContactsSqlServerDbContext>()));
        yield return Case("sqlserver", "im-history", () => new ImHistorySqlServerDbContext(OnSqlServer<ImHistorySqlServerDbContext>()));
        yield return Case("sqlserver", "directory", () => new DirectorySqlServerDbContext(OnSqlServer<DirectorySqlServerDbContext>()));
        yield return Case("sqlserver", "workflows", () => new DsarDbContext(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlServer(NeverOpenedSqlServer, o => o.MigrationsAssembly("DsarPlatform.Migrations.SqlServer")).Options));
    }

    [TestCaseSource(nameof(Contexts))]
    public void The_migrations_match_the_model(string provider, string context, Func<DbContext> create)
    {
        using var db = create();
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty, $"{context} has no {provider} migrations");
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            $"add a {provider} migration for {context}'s model change (see the context's remarks)");
    }

    /// <remarks>EF Core writes no idempotent script for SQLite (NotSupportedException): its file databases take the migrate command, so the full script stands in.</remarks>
    [TestCaseSource(nameof(Contexts))]
    public void The_idempotent_migration_script_generates(string provider, string context, Func<DbContext> create)
    {
        using var db = create();
        var options = db.Database.IsSqlite() ? MigrationsSqlGenerationOptions.Default : MigrationsSqlGenerationOptions.Idempotent;
        var script = db.GetService<IMigrator>().GenerateScript(options: options);

        Assert.That(script, Does.Contain("__EFMigrationsHistory"));
        Assert.That(script, Does.Contain(db.Database.GetMigrations().Last()), "the script reaches the last migration");
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "migration-scripts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{provider}-{context}.sql"), script);
    }

    static TestCaseData Case(string provider, string context, Func<DbContext> create) =>
        new TestCaseData(provider, context, create).SetArgDisplayNames(provider, context);

    static DbContextOptions<T> OnPostgreSql<T>() where T : DbContext => new DbContextOptionsBuilder<T>().UseNpgsql(NeverOpenedPostgreSql).Options;

    static DbContextOptions<T> OnSqlServer<T>() where T : DbContext => new DbContextOptionsBuilder<T>().UseSqlServer(NeverOpenedSqlServer).Options;

    static string RepositoryRoot()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DsarPlatform.sln"))) root = root.Parent;
        return root?.FullName ?? TestContext.CurrentContext.WorkDirectory;
    }
}
