using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class RequestNoteConfiguration : IEntityTypeConfiguration<RequestNote>
{
    public void Configure(EntityTypeBuilder<RequestNote> builder)
    {
        builder.ToTable("RequestNotes");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(n => n.RequestId);
        builder.HasIndex(n => new { n.RequestId, n.AtUtc });
        builder.Property(n => n.AuthorUserId).HasMaxLength(450);
        builder.Property(n => n.AuthorRole).HasMaxLength(32);
        builder.Property(n => n.Text).IsPersonal();
    }
}
