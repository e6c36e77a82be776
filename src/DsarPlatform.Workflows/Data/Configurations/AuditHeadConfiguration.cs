using DsarPlatform.Workflows.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.ToTable("AuditChainHead");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Seq).IsConcurrencyToken();
        builder.Property(h => h.Hash).HasMaxLength(64);
    }
}
