using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Hosting;

/// <summary>
/// Lets dotnet-ef build every store context, on every engine, to create or check its migrations; it never
/// connects. dotnet-ef finds a factory by the closed <see cref="IDesignTimeDbContextFactory{TContext}"/> it
/// implements, so each context is named once here; a new store adds its three lines.
/// </summary>
internal sealed class StoreDesignTimeFactory :
    IDesignTimeDbContextFactory<BillingDbContext>, IDesignTimeDbContextFactory<BillingPostgreSqlDbContext>, IDesignTimeDbContextFactory<BillingSqlServerDbContext>,
    IDesignTimeDbContextFactory<ContactsDbContext>, IDesignTimeDbContextFactory<ContactsPostgreSqlDbContext>, IDesignTimeDbContextFactory<ContactsSqlServerDbContext>,
    IDesignTimeDbContextFactory<ImHistoryDbContext>, IDesignTimeDbContextFactory<ImHistoryPostgreSqlDbContext>, IDesignTimeDbContextFactory<ImHistorySqlServerDbContext>,
    IDesignTimeDbContextFactory<DirectoryDbContext>, IDesignTimeDbContextFactory<DirectoryPostgreSqlDbContext>, IDesignTimeDbContextFactory<DirectorySqlServerDbContext>
{
    BillingDbContext IDesignTimeDbContextFactory<BillingDbContext>.CreateDbContext(string[] args) => OnSqlite<BillingDbContext>();
    BillingPostgreSqlDbContext IDesignTimeDbContextFactory<BillingPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<BillingPostgreSqlDbContext>();
    BillingSqlServerDbContext IDesignTimeDbContextFactory<BillingSqlServerDbContext>.CreateDbContext(string[] args) => OnSqlServer<BillingSqlServerDbContext>();
    ContactsDbContext IDesignTimeDbContextFactory<ContactsDbContext>.CreateDbContext(string[] args) => OnSqlite<ContactsDbContext>();
    ContactsPostgreSqlDbContext IDesignTimeDbContextFactory<ContactsPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<ContactsPostgreSqlDbContext>();
    ContactsSqlServerDbContext IDesignTimeDbContextFactory<ContactsSqlServerDbContext>.CreateDbContext(string[] args) => OnSqlServer<ContactsSqlServerDbContext>();
    ImHistoryDbContext IDesignTimeDbContextFactory<ImHistoryDbContext>.CreateDbContext(string[] args) => OnSqlite<ImHistoryDbContext>();
    ImHistoryPostgreSqlDbContext IDesignTimeDbContextFactory<ImHistoryPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<ImHistoryPostgreSqlDbContext>();
    ImHistorySqlServerDbContext IDesignTimeDbContextFactory<ImHistorySqlServerDbContext>.CreateDbContext(string[] args) => OnSqlServer<ImHistorySqlServerDbContext>();
    DirectoryDbContext IDesignTimeDbContextFactory<DirectoryDbContext>.CreateDbContext(string[] args) => OnSqlite<DirectoryDbContext>();
    DirectoryPostgreSqlDbContext IDesignTimeDbContextFactory<DirectoryPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<DirectoryPostgreSqlDbContext>();
    DirectorySqlServerDbContext IDesignTimeDbContextFactory<DirectorySqlServerDbContext>.CreateDbContext(string[] args) => OnSqlServer<DirectorySqlServerDbContext>();

    static TContext OnSqlite<TContext>() where TContext : DbContext =>
        Create(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db"));

    static TContext OnPostgreSql<TContext>() where TContext : DbContext =>
        Create(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design-time"));

    static TContext OnSqlServer<TContext>() where TContext : DbContext =>
        Create(new DbContextOptionsBuilder<TContext>().UseSqlServer("Server=localhost;Database=design-time"));

    // Every store context takes its options as its one public constructor's argument.
    static TContext Create<TContext>(DbContextOptionsBuilder<TContext> options) where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
}
