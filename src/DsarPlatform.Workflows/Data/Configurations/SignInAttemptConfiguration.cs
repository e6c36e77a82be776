using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> builder)
    {
        builder.ToTable("SignInAttempts");
        builder.Property(a => a.KeyHash).HasMaxLength(64);
        builder.HasIndex(a => new { a.KeyHash, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}
