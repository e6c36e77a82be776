namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// An email committed with the state change that caused it; the relay sends it afterwards. One the mail server refuses
/// for good (or whose address cannot be written) is marked <see cref="RefusedAtUtc"/> and never tried again; one it puts
/// off waits until <see cref="NextAttemptAtUtc"/>. Either way it holds up no email behind it.
/// </summary>
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
    public DateTime? RefusedAtUtc { get; set; }
    /// <summary>
    /// Why it was refused, or last put off: the server's status code and MailKit's error kind, never the server's text (it
    /// can quote the address).
    /// </summary>
    public string? Refusal { get; set; }
    /// <summary>Set while the server puts its recipient off (4xx): not claimed before then.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }
}
