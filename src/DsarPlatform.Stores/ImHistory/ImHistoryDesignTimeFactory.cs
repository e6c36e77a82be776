using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>Lets dotnet-ef build the context to create migrations; it never connects.</summary>
internal sealed class ImHistoryDesignTimeFactory : IDesignTimeDbContextFactory<ImHistoryDbContext>
{
    public ImHistoryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ImHistoryDbContext>().UseSqlite("Data Source=im-history.db").Options);
}
