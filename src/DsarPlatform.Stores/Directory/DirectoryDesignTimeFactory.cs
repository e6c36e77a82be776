using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Directory;

/// <summary>Lets dotnet-ef build the context to create migrations; it never connects.</summary>
internal sealed class DirectoryDesignTimeFactory : IDesignTimeDbContextFactory<DirectoryDbContext>
{
    public DirectoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DirectoryDbContext>().UseSqlite("Data Source=directory.db").Options);
}
