using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class StoreTaskConfiguration : IEntityTypeConfiguration<StoreTask>
{
    public void Configure(EntityTypeBuilder<StoreTask> builder)
    {
        builder.ToTable("StoreTasks");
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(t => t.InstanceId);
        builder.HasIndex(t => t.RequestId);
        builder.Property(t => t.Store).HasMaxLength(32);
        builder.Property(t => t.Action).HasMaxLength(32);
        // Unbounded: an identification's outcome carries several sealed records.
        builder.Property(t => t.Payload).IsPersonal();
        builder.Property(t => t.OutcomeJson).IsPersonal();
        builder.Property(t => t.FailureReason).HasMaxLength(500);
        builder.Ignore(t => t.Outcome);
    }
}
