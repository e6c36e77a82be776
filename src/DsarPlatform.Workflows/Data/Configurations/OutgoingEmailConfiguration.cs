using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class OutgoingEmailConfiguration : IEntityTypeConfiguration<OutgoingEmail>
{
    public void Configure(EntityTypeBuilder<OutgoingEmail> builder)
    {
        builder.ToTable("OutgoingEmails");
        builder.HasOne<DsarRequest>().WithMany().HasForeignKey(e => e.RequestId);
        builder.Property(e => e.Template).HasMaxLength(64);
        builder.Property(e => e.To).HasMaxLength(254);
        builder.Property(e => e.Subject).HasMaxLength(200);
        builder.HasIndex(e => new { e.SentAtUtc, e.CreatedAtUtc });
    }
}
