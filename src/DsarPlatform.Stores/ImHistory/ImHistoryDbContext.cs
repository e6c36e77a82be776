using DsarPlatform.Stores.ImHistory.Configurations;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>The instant-message history store's database (SQLite file <c>im-history</c>).</summary>
public class ImHistoryDbContext : StoreDbContext
{
    public ImHistoryDbContext(DbContextOptions<ImHistoryDbContext> options) : base(options)
    {
    }

    /// <summary>For provider subclasses, whose options name their own type.</summary>
    protected ImHistoryDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<ConversationParticipant> Participants => Set<ConversationParticipant>();
    public DbSet<ChatMessage> Messages => Set<ChatMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ConversationConfiguration());
        modelBuilder.ApplyConfiguration(new ConversationParticipantConfiguration());
        modelBuilder.ApplyConfiguration(new ChatMessageConfiguration());
    }
}
