using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Billing.Configurations;

internal sealed class CallRecordConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> builder)
    {
        builder.ToTable("CallRecords");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.AccountId).HasMaxLength(64);
        builder.Property(c => c.CalleeNumber).HasMaxLength(20);
        builder.HasOne<BillingAccount>().WithMany().HasForeignKey(c => c.AccountId);
        builder.HasIndex(c => new { c.AccountId, c.StartedAtUtc });
    }
}
