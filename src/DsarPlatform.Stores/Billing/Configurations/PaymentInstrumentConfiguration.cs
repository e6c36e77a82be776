using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Billing.Configurations;

internal sealed class PaymentInstrumentConfiguration : IEntityTypeConfiguration<PaymentInstrument>
{
    public void Configure(EntityTypeBuilder<PaymentInstrument> builder)
    {
        builder.ToTable("PaymentInstruments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.AccountId).HasMaxLength(64);
        builder.Property(p => p.Token).HasMaxLength(100);
        builder.Property(p => p.LastFour).HasMaxLength(4).IsFixedLength();
        builder.Property(p => p.Brand).HasMaxLength(30);
        builder.Property(p => p.RetentionBasis).HasMaxLength(200);
        builder.HasOne<BillingAccount>().WithMany().HasForeignKey(p => p.AccountId);
        builder.HasIndex(p => p.AccountId);
    }
}
