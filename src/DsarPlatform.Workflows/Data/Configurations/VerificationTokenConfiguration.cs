using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class VerificationTokenConfiguration : IEntityTypeConfiguration<VerificationToken>
{
    public void Configure(EntityTypeBuilder<VerificationToken> builder)
    {
        builder.ToTable("VerificationTokens");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(t => t.RequestId);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
