using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Directory;

/// <summary>Lets dotnet-ef build the PostgreSQL context to create its migrations; it never connects.</summary>
internal sealed class DirectoryPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<DirectoryPostgreSqlDbContext>
{
    public DirectoryPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DirectoryPostgreSqlDbContext>().UseNpgsql("Host=localhost;Database=directory").Options);
}
