using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Billing;

/// <summary>Lets dotnet-ef build the PostgreSQL context to create its migrations; it never connects.</summary>
internal sealed class BillingPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<BillingPostgreSqlDbContext>
{
    public BillingPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BillingPostgreSqlDbContext>().UseNpgsql("Host=localhost;Database=billing").Options);
}
