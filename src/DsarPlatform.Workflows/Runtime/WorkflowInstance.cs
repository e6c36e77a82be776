namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// A running workflow: the definition version it pinned at start, where it is, and what it waits on.
/// <see cref="Version"/> is the concurrency token the engine renews on every change (SQLite has no rowversion).
/// </summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public required string DefinitionId { get; init; }
    public int DefinitionVersion { get; init; }
    public int StepIndex { get; set; }
    public required string CurrentStep { get; set; }
    public InstanceStatus Status { get; set; }
    public BookmarkKind BookmarkKind { get; set; }
    public string? BookmarkKey { get; set; }
    public string? FaultReason { get; set; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    /// <summary>The W3C traceparent of the request that received it, so its first step (run by the relay) continues that trace.</summary>
    public string? TraceParent { get; init; }

    public bool IsWaitingOn(BookmarkKind kind, string key) =>
        Status == InstanceStatus.Waiting && BookmarkKind == kind && BookmarkKey == key;
}
