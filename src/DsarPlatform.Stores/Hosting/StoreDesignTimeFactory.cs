using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Contacts;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Stores.ImHistory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Hosting;

/// <summary>
/// Lets dotnet-ef build every store context, on either engine, to create or check its migrations; it never
/// connects. dotnet-ef finds a factory by the closed <see cref="IDesignTimeDbContextFactory{TContext}"/> it
/// implements, so each context is named once here; a new store adds its two lines.
/// </summary>
internal sealed class StoreDesignTimeFactory :
    IDesignTimeDbContextFactory<BillingDbContext>, IDesignTimeDbContextFactory<BillingPostgreSqlDbContext>,
    IDesignTimeDbContextFactory<ContactsDbContext>, IDesignTimeDbContextFactory<ContactsPostgreSqlDbContext>,
    IDesignTimeDbContextFactory<ImHistoryDbContext>, IDesignTimeDbContextFactory<ImHistoryPostgreSqlDbContext>,
    IDesignTimeDbContextFactory<DirectoryDbContext>, IDesignTimeDbContextFactory<DirectoryPostgreSqlDbContext>
{
    BillingDbContext IDesignTimeDbContextFactory<BillingDbContext>.CreateDbContext(string[] args) => OnSqlite<BillingDbContext>();
    BillingPostgreSqlDbContext IDesignTimeDbContextFactory<BillingPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<BillingPostgreSqlDbContext>();
    ContactsDbContext IDesignTimeDbContextFactory<ContactsDbContext>.CreateDbContext(string[] args) => OnSqlite<ContactsDbContext>();
    ContactsPostgreSqlDbContext IDesignTimeDbContextFactory<ContactsPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<ContactsPostgreSqlDbContext>();
    ImHistoryDbContext IDesignTimeDbContextFactory<ImHistoryDbContext>.CreateDbContext(string[] args) => OnSqlite<ImHistoryDbContext>();
    ImHistoryPostgreSqlDbContext IDesignTimeDbContextFactory<ImHistoryPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<ImHistoryPostgreSqlDbContext>();
    DirectoryDbContext IDesignTimeDbContextFactory<DirectoryDbContext>.CreateDbContext(string[] args) => OnSqlite<DirectoryDbContext>();
    DirectoryPostgreSqlDbContext IDesignTimeDbContextFactory<DirectoryPostgreSqlDbContext>.CreateDbContext(string[] args) => OnPostgreSql<DirectoryPostgreSqlDbContext>();

    static TContext OnSqlite<TContext>() where TContext : DbContext =>
        Create(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db"));

    static TContext OnPostgreSql<TContext>() where TContext : DbContext =>
        Create(new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design-time"));

    // Every store context takes its options as its one public constructor's argument.
    static TContext Create<TContext>(DbContextOptionsBuilder<TContext> options) where TContext : DbContext =>
        (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
}
