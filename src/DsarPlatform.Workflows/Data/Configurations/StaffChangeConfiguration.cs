using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class StaffChangeConfiguration : IEntityTypeConfiguration<StaffChange>
{
    public void Configure(EntityTypeBuilder<StaffChange> builder)
    {
        builder.ToTable("StaffChanges");
        builder.Property(c => c.ActorUserId).HasMaxLength(64);
        builder.Property(c => c.ActorRole).HasMaxLength(32);
        builder.Property(c => c.TargetUserId).HasMaxLength(64);
        builder.Property(c => c.Detail).HasMaxLength(200);
        builder.HasIndex(c => c.AtUtc);
    }
}
