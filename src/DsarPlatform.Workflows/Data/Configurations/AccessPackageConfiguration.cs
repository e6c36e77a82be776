using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class AccessPackageConfiguration : IEntityTypeConfiguration<AccessPackage>
{
    public void Configure(EntityTypeBuilder<AccessPackage> builder)
    {
        builder.ToTable("AccessPackages");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(p => p.RequestId);
        builder.HasIndex(p => p.RequestId).IsUnique();
        builder.Property(p => p.Path).HasMaxLength(500);
    }
}
