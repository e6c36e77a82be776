namespace DsarPlatform.Stores.ImHistory;

/// <summary>An account taking part in a conversation.</summary>
public class ConversationParticipant
{
    public Guid ConversationId { get; set; }
    public required string AccountId { get; set; }
    public DateTime JoinedAtUtc { get; set; }
}
