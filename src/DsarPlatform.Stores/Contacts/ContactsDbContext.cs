using DsarPlatform.Stores.Contacts.Configurations;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Contacts;

/// <summary>The contacts store's database (SQLite file <c>contacts</c>).</summary>
public class ContactsDbContext : StoreDbContext
{
    public ContactsDbContext(DbContextOptions<ContactsDbContext> options) : base(options)
    {
    }

    /// <summary>For provider subclasses, whose options name their own type.</summary>
    protected ContactsDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<ContactList> ContactLists => Set<ContactList>();
    public DbSet<ContactEntry> ContactEntries => Set<ContactEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ContactListConfiguration());
        modelBuilder.ApplyConfiguration(new ContactEntryConfiguration());
    }
}
