using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Billing.Configurations;

internal sealed class BillingAccountConfiguration : IEntityTypeConfiguration<BillingAccount>
{
    public void Configure(EntityTypeBuilder<BillingAccount> builder)
    {
        builder.ToTable("Accounts");
        builder.HasKey(a => a.AccountId);
        builder.Property(a => a.AccountId).HasMaxLength(64);
        builder.Property(a => a.FullName).HasMaxLength(200);
        // NOCASE: the web host matches a requester's email against this one.
        builder.Property(a => a.BillingEmail).HasMaxLength(320).UseCollation("NOCASE");
        builder.Property(a => a.PostalAddress).HasMaxLength(500);
        builder.Property(a => a.PostalCode).HasMaxLength(20);
        builder.Property(a => a.Country).HasMaxLength(2);
        builder.HasIndex(a => a.BillingEmail);
    }
}
