using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class DrpRequestConfiguration : IEntityTypeConfiguration<DrpRequest>
{
    public void Configure(EntityTypeBuilder<DrpRequest> builder)
    {
        builder.ToTable("DrpRequests");
        builder.HasOne<DrpAgent>().WithMany().HasForeignKey(d => d.AgentId);
        // A request purged with its records takes its DRP link along.
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(d => d.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.RequestId).IsUnique();
        builder.HasIndex(d => new { d.AgentId, d.ReceivedAtUtc });
        builder.Property(d => d.AgentId).HasMaxLength(DrpAgent.MaxIdLength);
        builder.Property(d => d.AgentRequestId).HasMaxLength(200);
        builder.Property(d => d.Exercise).HasMaxLength(32);
        builder.Property(d => d.Regime).HasMaxLength(32);
        builder.Property(d => d.StatusCallback).HasMaxLength(2000);
        builder.Property(d => d.Status).HasMaxLength(32);
        builder.Property(d => d.Reason).HasMaxLength(32);
        builder.Property(d => d.Details).HasMaxLength(1000);
        builder.Property(d => d.StatusKey).HasMaxLength(128);
    }
}
