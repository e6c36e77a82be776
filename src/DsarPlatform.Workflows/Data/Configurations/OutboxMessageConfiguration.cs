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
        builder.HasIndex(m => new { m.SentAtUtc, m.CreatedAtUtc });
    }
}
