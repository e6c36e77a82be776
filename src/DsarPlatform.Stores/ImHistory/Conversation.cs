namespace DsarPlatform.Stores.ImHistory;

/// <summary>A chat between two or more accounts.</summary>
public class Conversation
{
    public Guid Id { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public List<ConversationParticipant> Participants { get; set; } = [];
    public List<ChatMessage> Messages { get; set; } = [];
}
