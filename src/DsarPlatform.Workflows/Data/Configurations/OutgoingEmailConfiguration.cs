using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Data.AtRest;
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
        builder.Property(e => e.To).IsPersonal(blindIndex: true);
        builder.Property(e => e.Subject).IsPersonal();
        builder.Property(e => e.TextBody).IsPersonal();
        builder.Property(e => e.HtmlBody).IsPersonal();
        builder.Property(e => e.Refusal).HasMaxLength(200);
        // Emails still to send, oldest first, for the mail relay's claim (see the outbox's index); refused ones leave it.
        builder.HasIndex(e => e.CreatedAtUtc, "IX_OutgoingEmails_Unsent").HasFilter("\"SentAtUtc\" IS NULL AND \"RefusedAtUtc\" IS NULL");
    }
}
