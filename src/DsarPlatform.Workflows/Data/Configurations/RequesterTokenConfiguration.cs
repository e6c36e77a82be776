using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class RequesterTokenConfiguration : IEntityTypeConfiguration<RequesterToken>
{
    public void Configure(EntityTypeBuilder<RequesterToken> builder)
    {
        builder.ToTable("RequesterTokens");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(t => t.RequestId);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
    }
}
