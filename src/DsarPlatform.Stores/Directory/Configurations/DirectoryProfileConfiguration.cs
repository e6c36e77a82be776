using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.Directory.Configurations;

internal sealed class DirectoryProfileConfiguration : IEntityTypeConfiguration<DirectoryProfile>
{
    public void Configure(EntityTypeBuilder<DirectoryProfile> builder)
    {
        builder.ToTable("Profiles");
        builder.HasKey(p => p.AccountId);
        builder.Property(p => p.AccountId).HasMaxLength(64);
        builder.Property(p => p.DisplayName).HasMaxLength(100);
        builder.Property(p => p.FullName).HasMaxLength(200);
        // NOCASE: the web host matches a requester's email against the one on record.
        builder.Property(p => p.Email).HasMaxLength(320).UseCollation("NOCASE");
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.Property(p => p.PostalCode).HasMaxLength(20);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.HasIndex(p => p.Email);
    }
}
