using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Billing;

/// <summary>Lets dotnet-ef build the context to create migrations; it never connects.</summary>
internal sealed class BillingDesignTimeFactory : IDesignTimeDbContextFactory<BillingDbContext>
{
    public BillingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BillingDbContext>().UseSqlite("Data Source=billing.db").Options);
}
