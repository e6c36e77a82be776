using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class IntakeAttemptConfiguration : IEntityTypeConfiguration<IntakeAttempt>
{
    public void Configure(EntityTypeBuilder<IntakeAttempt> builder)
    {
        builder.ToTable("IntakeAttempts");
        builder.Property(a => a.TargetHash).HasMaxLength(64);
        builder.HasIndex(a => new { a.TargetHash, a.GrantedAtUtc });
        builder.HasIndex(a => a.RequestId);
    }
}
