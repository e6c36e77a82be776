namespace DsarPlatform.Workflows.Notifications;

/// <summary>An email committed with the state change that caused it; the relay sends it afterwards.</summary>
public sealed class OutgoingEmail
{
    public Guid Id { get; init; } = Guid.NewGuid();
    /// <summary>The request the email is about; none for staff emails such as an invitation.</summary>
    public Guid? RequestId { get; init; }
    public required string Template { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public required string HtmlBody { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? SentAtUtc { get; set; }
    public int Attempts { get; set; }
}
