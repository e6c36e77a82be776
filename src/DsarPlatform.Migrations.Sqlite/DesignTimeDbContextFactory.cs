using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DsarDbContext>
{
    public DsarDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DsarDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeDbContextFactory).Assembly.GetName().Name))
            .Options);
}
