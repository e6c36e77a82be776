using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Billing.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("Orders");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.AccountId).HasMaxLength(64);
        builder.Property(o => o.Description).HasMaxLength(200);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.RetentionBasis).HasMaxLength(200);
        builder.HasOne<BillingAccount>().WithMany().HasForeignKey(o => o.AccountId);
        builder.HasIndex(o => new { o.AccountId, o.Status });
    }
}
