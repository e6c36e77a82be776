using DsarPlatform.Workflows.Drp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class DrpUsedSignatureConfiguration : IEntityTypeConfiguration<DrpUsedSignature>
{
    public void Configure(EntityTypeBuilder<DrpUsedSignature> builder)
    {
        builder.ToTable("DrpUsedSignatures");
        builder.HasKey(s => s.SignatureHash);
        builder.Property(s => s.SignatureHash).HasMaxLength(64);
        builder.Property(s => s.AgentId).HasMaxLength(DrpAgent.MaxIdLength);
        builder.HasIndex(s => s.ExpiresAtUtc);
    }
}
