using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DsarPlatform.Stores.ImHistory.Configurations;

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> builder)
    {
        builder.ToTable("Messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.SenderAccountId).HasMaxLength(64);
        builder.Property(m => m.Body).HasMaxLength(4000);
        builder.HasIndex(m => m.SenderAccountId);
        // The 30-day purge scans by age.
        builder.HasIndex(m => m.SentAtUtc);
        // An export reads a conversation's messages in time order without sorting millions of rows.
        builder.HasIndex(m => new { m.ConversationId, m.SentAtUtc });
    }
}
