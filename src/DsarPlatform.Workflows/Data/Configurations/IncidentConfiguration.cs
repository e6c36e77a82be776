using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasOne<WorkflowInstance>().WithMany().HasForeignKey(i => i.InstanceId);
        builder.HasIndex(i => i.RequestId);
        builder.HasIndex(i => i.TimerId);
        builder.Property(i => i.Step).HasMaxLength(64);
        builder.Property(i => i.Cause).IsPersonal();
        builder.Property(i => i.Resolution).IsPersonal();
        builder.Property(i => i.ResolutionGround).HasMaxLength(RecoveryActions.MaxGroundLength);
    }
}
