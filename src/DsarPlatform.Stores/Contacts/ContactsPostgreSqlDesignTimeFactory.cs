using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Contacts;

/// <summary>Lets dotnet-ef build the PostgreSQL context to create its migrations; it never connects.</summary>
internal sealed class ContactsPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<ContactsPostgreSqlDbContext>
{
    public ContactsPostgreSqlDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ContactsPostgreSqlDbContext>().UseNpgsql("Host=localhost;Database=contacts").Options);
}
