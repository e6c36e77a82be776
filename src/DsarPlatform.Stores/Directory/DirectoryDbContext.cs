using DsarPlatform.Stores.Directory.Configurations;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Directory;

/// <summary>The directory store's database (SQLite file <c>directory</c>).</summary>
public class DirectoryDbContext : StoreDbContext
{
    public DirectoryDbContext(DbContextOptions<DirectoryDbContext> options) : base(options)
    {
    }

    /// <summary>For provider subclasses, whose options name their own type.</summary>
    protected DirectoryDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<DirectoryProfile> Profiles => Set<DirectoryProfile>();
    public DbSet<DirectoryListing> Listings => Set<DirectoryListing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new DirectoryProfileConfiguration());
        modelBuilder.ApplyConfiguration(new DirectoryListingConfiguration());
    }
}
