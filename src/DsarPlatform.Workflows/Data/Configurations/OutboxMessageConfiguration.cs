using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Workflows.Data.Configurations;

sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(m => m.MessageType).HasMaxLength(200);
        builder.Property(m => m.Destination).HasMaxLength(64);
        builder.Property(m => m.Body).IsPersonal();
        // The relay's claim reads only unsent rows, oldest first. A partial index stays small and keeps PostgreSQL off a
        // scan and sort when its statistics still count the rows sent since the last analyze as unsent (3.6-4.8 ms a
        // claim measured, against 0.1 ms).
        builder.HasIndex(m => m.CreatedAtUtc, "IX_Outbox_Unsent").HasFilter("\"SentAtUtc\" IS NULL");
    }
}
