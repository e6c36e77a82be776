using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("Journal");
        // No foreign key to the request: the records purge removes a request and keeps one entry saying so.
        builder.HasIndex(j => j.RequestId);
        builder.Property(j => j.Step).HasMaxLength(64);
        builder.Property(j => j.Event).HasMaxLength(64);
        builder.Property(j => j.Actor).HasMaxLength(128);
        builder.Property(j => j.Role).HasMaxLength(32);
        builder.Property(j => j.Detail).HasMaxLength(1000);
    }
}
