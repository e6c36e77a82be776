using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Directory.Configurations;

internal sealed class DirectoryListingConfiguration : IEntityTypeConfiguration<DirectoryListing>
{
    public void Configure(EntityTypeBuilder<DirectoryListing> builder)
    {
        builder.ToTable("Listings");
        builder.HasKey(l => l.AccountId);
        builder.Property(l => l.AccountId).HasMaxLength(64);
        builder.HasOne<DirectoryProfile>().WithOne().HasForeignKey<DirectoryListing>(l => l.AccountId);
    }
}
