using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>Lets dotnet-ef build the PostgreSQL context to create its migrations; it never connects.</summary>
internal sealed class ImHistoryPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<ImHistoryPostgreSqlDbContext>
{
    public ImHistoryPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ImHistoryPostgreSqlDbContext>().UseNpgsql("Host=localhost;Database=im-history").Options);
}
