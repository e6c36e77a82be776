namespace DsarPlatform.Stores.ImHistory;

/// <summary>One instant message. The body is message content: never log or publish it.</summary>
public class ChatMessage
{
    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public required string SenderAccountId { get; set; }
    public DateTime SentAtUtc { get; set; }
    public required string Body { get; set; }
}
