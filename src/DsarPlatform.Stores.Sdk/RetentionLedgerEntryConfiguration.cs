using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Sdk;

/// <summary>Apply in the DbContext of every store that implements <see cref="IRetainingStore"/>.</summary>
public sealed class RetentionLedgerEntryConfiguration : IEntityTypeConfiguration<RetentionLedgerEntry>
{
    public void Configure(EntityTypeBuilder<RetentionLedgerEntry> builder)
    {
        builder.ToTable("RetentionLedger");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Store).HasMaxLength(40);
        builder.Property(e => e.AccountId).HasMaxLength(64);
        builder.Property(e => e.Category).HasMaxLength(60);
        builder.Property(e => e.LegalBasis).HasMaxLength(200);
        // The sweep reads the open entries and the unreported ones.
        builder.HasIndex(e => new { e.ErasedAtUtc, e.RetainUntilUtc });
        builder.HasIndex(e => e.ReportedAtUtc);
    }
}
