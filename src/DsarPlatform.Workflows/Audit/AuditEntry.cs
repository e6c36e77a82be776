using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// One link of the audit chain: its own copy of what happened (ids, codes and roles, never personal data), so purging
/// a request's journal never breaks the chain. Written pending (no <see cref="Seq"/>) in the writer's transaction;
/// <see cref="AuditSealer"/> numbers and hashes it later, in order.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public long? Seq { get; set; }
    public required string Kind { get; init; }
    public Guid? RequestId { get; init; }
    /// <summary>The journal row this entry copies, while it exists (set to null when the row is purged).</summary>
    public long? JournalId { get; init; }
    public JournalEntry? Journal { get; init; }
    public DateTime AtUtc { get; init; }
    public required string Actor { get; init; }
    public required string Role { get; init; }
    public string? Step { get; init; }
    public required string Event { get; init; }
    public string? Detail { get; init; }
    public string? ContentHash { get; set; }
    public string? Hash { get; set; }
}
