using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Contacts.Configurations;

internal sealed class ContactListConfiguration : IEntityTypeConfiguration<ContactList>
{
    public void Configure(EntityTypeBuilder<ContactList> builder)
    {
        builder.ToTable("ContactLists");
        builder.HasKey(l => l.OwnerAccountId);
        builder.Property(l => l.OwnerAccountId).HasMaxLength(64);
        builder.HasMany(l => l.Entries).WithOne().HasForeignKey(e => e.OwnerAccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
