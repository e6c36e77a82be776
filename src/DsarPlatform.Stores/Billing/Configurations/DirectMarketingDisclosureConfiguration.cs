using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Billing.Configurations;

internal sealed class DirectMarketingDisclosureConfiguration : IEntityTypeConfiguration<DirectMarketingDisclosure>
{
    public void Configure(EntityTypeBuilder<DirectMarketingDisclosure> builder)
    {
        builder.ToTable("DirectMarketingDisclosures");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.AccountId).HasMaxLength(64);
        builder.Property(d => d.Categories).HasMaxLength(500);
        builder.Property(d => d.ThirdPartyName).HasMaxLength(200);
        builder.Property(d => d.ThirdPartyAddress).HasMaxLength(500);
        builder.HasOne<BillingAccount>().WithMany().HasForeignKey(d => d.AccountId);
        // A year's answer reads one account's rows of one year.
        builder.HasIndex(d => new { d.AccountId, d.DisclosedOn });
    }
}
