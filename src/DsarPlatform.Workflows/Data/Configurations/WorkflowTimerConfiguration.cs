using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class WorkflowTimerConfiguration : IEntityTypeConfiguration<WorkflowTimer>
{
    public void Configure(EntityTypeBuilder<WorkflowTimer> builder)
    {
        builder.ToTable("WorkflowTimers");
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId);
        builder.HasIndex(t => new { t.RequestId, t.Kind });
        builder.Property(t => t.Purpose).HasMaxLength(64);
        // The sweep asks for unfired timers that are due, oldest first.
        builder.HasIndex(t => new { t.FiredAtUtc, t.DueAtUtc });
    }
}
