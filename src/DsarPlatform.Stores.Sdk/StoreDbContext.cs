using DsarPlatform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// The base of every store's database: the store's own tables plus <see cref="ProcessedTasks"/>,
/// the record of finished tasks that makes each handler idempotent by task id.
/// </summary>
public abstract class StoreDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ProcessedTask> ProcessedTasks => Set<ProcessedTask>();

    /// <summary>Derived contexts call this first, then apply their own entity configurations.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new ProcessedTaskConfiguration());

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
