using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Stores;

/// <summary>
/// Each PostgreSQL migration set must match its model: a change made for SQLite only (a new SQLite migration
/// without its PostgreSQL twin) fails here, before it fails on a server. No database is needed.
/// </summary>
public class PostgreSqlMigrationTests
{
    const string NeverOpened = "Host=localhost;Database=unused";

    static IEnumerable<TestCaseData> Contexts()
    {
        yield return new TestCaseData(() => (DbContext)new BillingPostgreSqlDbContext(Options<BillingPostgreSqlDbContext>())).SetArgDisplayNames("billing");
        yield return new TestCaseData(() => (DbContext)new ContactsPostgreSqlDbContext(Options<ContactsPostgreSqlDbContext>())).SetArgDisplayNames("contacts");
        yield return new TestCaseData(() => (DbContext)new ImHistoryPostgreSqlDbContext(Options<ImHistoryPostgreSqlDbContext>())).SetArgDisplayNames("im-history");
        yield return new TestCaseData(() => (DbContext)new DirectoryPostgreSqlDbContext(Options<DirectoryPostgreSqlDbContext>())).SetArgDisplayNames("directory");
        yield return new TestCaseData(() => (DbContext)new DsarDbContext(new DbContextOptionsBuilder<DsarDbContext>()
            .UseNpgsql(NeverOpened, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql")).Options)).SetArgDisplayNames("workflows");
    }

    [TestCaseSource(nameof(Contexts))]
    public void The_PostgreSql_migrations_match_the_model(Func<DbContext> create)
    {
        using var db = create();
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
        Assert.That(db.Database.HasPendingModelChanges(), Is.False,
            "add a PostgreSQL migration (see the context's remarks) for the model change");
    }

    static DbContextOptions<T> Options<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql(NeverOpened).Options;
}
