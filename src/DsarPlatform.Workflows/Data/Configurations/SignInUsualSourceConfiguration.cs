using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class SignInUsualSourceConfiguration : IEntityTypeConfiguration<SignInUsualSource>
{
    public void Configure(EntityTypeBuilder<SignInUsualSource> builder)
    {
        builder.ToTable("SignInUsualSources");
        builder.HasKey(s => s.KeyHash);
        builder.Property(s => s.KeyHash).HasMaxLength(64);
        builder.HasIndex(s => s.LastAtUtc);
    }
}
