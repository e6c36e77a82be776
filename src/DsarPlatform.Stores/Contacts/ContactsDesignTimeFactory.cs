using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DsarPlatform.Stores.Contacts;

/// <summary>Lets dotnet-ef build the context to create migrations; it never connects.</summary>
internal sealed class ContactsDesignTimeFactory : IDesignTimeDbContextFactory<ContactsDbContext>
{
    public ContactsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ContactsDbContext>().UseSqlite("Data Source=contacts.db").Options);
}
