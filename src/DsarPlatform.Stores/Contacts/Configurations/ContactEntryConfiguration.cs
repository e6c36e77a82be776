using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Contacts.Configurations;

internal sealed class ContactEntryConfiguration : IEntityTypeConfiguration<ContactEntry>
{
    public void Configure(EntityTypeBuilder<ContactEntry> builder)
    {
        builder.ToTable("ContactEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.OwnerAccountId).HasMaxLength(64);
        builder.Property(e => e.ContactAccountId).HasMaxLength(64);
        builder.Property(e => e.DisplayName).HasMaxLength(200);
        builder.HasIndex(e => new { e.OwnerAccountId, e.ContactAccountId }).IsUnique();
        // Erasure finds a person in everyone else's lists through this index.
        builder.HasIndex(e => e.ContactAccountId);
    }
}
