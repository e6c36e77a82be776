using DsarPlatform.Workflows.Drp;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class DrpCallbackConfiguration : IEntityTypeConfiguration<DrpCallback>
{
    public void Configure(EntityTypeBuilder<DrpCallback> builder)
    {
        builder.ToTable("DrpCallbacks");
        builder.HasOne<DrpRequest>().WithMany().HasForeignKey(c => c.DrpRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.DeliveredAtUtc, c.NextAttemptAtUtc });
        builder.HasIndex(c => c.DrpRequestId);
        builder.Property(c => c.Status).HasMaxLength(64);
        builder.Property(c => c.LastFailure).HasMaxLength(200);
    }
}
