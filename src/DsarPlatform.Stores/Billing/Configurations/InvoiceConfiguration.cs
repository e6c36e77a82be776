using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Billing.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.AccountId).HasMaxLength(64);
        builder.Property(i => i.Number).HasMaxLength(40);
        builder.Property(i => i.Currency).HasMaxLength(3);
        builder.Property(i => i.RetentionBasis).HasMaxLength(200);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => i.AccountId);
        builder.HasOne<BillingAccount>().WithMany().HasForeignKey(i => i.AccountId);
    }
}
