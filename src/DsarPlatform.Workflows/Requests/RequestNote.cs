namespace DsarPlatform.Workflows.Requests;

/// <summary>An internal note on a request, by a member of staff for staff (agents and auditors read it; the requester never does).</summary>
public sealed class RequestNote
{
    public const int MaxTextLength = 2000;

    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public DateTime AtUtc { get; init; }
    public required string AuthorUserId { get; init; }
    public required string AuthorRole { get; init; }
    public required string Text { get; init; }
}
