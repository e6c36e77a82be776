using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Migrations.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model without starting the web host; it never connects.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DsarDbContext>
{
    public DsarDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlServer("Server=localhost;Database=dsar", o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options);
}
