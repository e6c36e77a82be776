using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Sdk;

internal sealed class ProcessedTaskConfiguration : IEntityTypeConfiguration<ProcessedTask>
{
    public void Configure(EntityTypeBuilder<ProcessedTask> builder)
    {
        builder.ToTable("ProcessedTasks");
        // The primary key is the idempotency guarantee: a concurrent duplicate cannot insert twice.
        builder.HasKey(t => t.TaskId);
        builder.Property(t => t.TaskId).ValueGeneratedNever();
        builder.Property(t => t.Action).HasMaxLength(40);
    }
}
