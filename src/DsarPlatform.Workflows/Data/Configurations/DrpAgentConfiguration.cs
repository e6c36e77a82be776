using DsarPlatform.Workflows.Drp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class DrpAgentConfiguration : IEntityTypeConfiguration<DrpAgent>
{
    public void Configure(EntityTypeBuilder<DrpAgent> builder)
    {
        builder.ToTable("DrpAgents");
        builder.HasKey(a => a.AgentId);
        builder.Property(a => a.AgentId).HasMaxLength(DrpAgent.MaxIdLength);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.VerifyKey).HasMaxLength(64);
        builder.Property(a => a.Contact).HasMaxLength(254);
        builder.Property(a => a.CallbackHost).HasMaxLength(253);
        builder.Property(a => a.TokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.TokenHash).IsUnique();
    }
}
