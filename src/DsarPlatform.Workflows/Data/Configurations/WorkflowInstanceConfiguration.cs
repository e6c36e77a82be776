using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.HasOne<DsarRequest>().WithOne().HasForeignKey<WorkflowInstance>(i => i.RequestId);
        builder.Property(i => i.DefinitionId).HasMaxLength(64);
        builder.Property(i => i.CurrentStep).HasMaxLength(64);
        builder.Property(i => i.BookmarkKey).HasMaxLength(64);
        builder.Property(i => i.FaultReason).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => i.Status);
    }
}
