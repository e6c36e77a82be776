namespace DsarPlatform.Workflows.Runtime;

/// <summary>One line of a request's history: what happened, at which step, who did it. Ids, never personal data.</summary>
public sealed class JournalEntry
{
    public long Id { get; init; }
    public Guid RequestId { get; init; }
    public Guid InstanceId { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Step { get; init; }
    public required string Event { get; init; }
    public required string Actor { get; init; }
    public required string Role { get; init; }
    public string? Detail { get; init; }
}
