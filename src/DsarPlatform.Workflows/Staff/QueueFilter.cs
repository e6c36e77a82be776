using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Staff;

/// <summary>What the queue shows: the open list (or the closed one), narrowed by any of its columns. Null means any.</summary>
public sealed record QueueFilter
{
    public const int DefaultPageSize = 50;

    public bool Closed { get; init; }
    public InstanceStatus? Status { get; init; }
    public RequestType? Type { get; init; }
    /// <summary>Requests held by this staff user.</summary>
    public string? AssigneeId { get; init; }
    /// <summary>Requests nobody holds (ignored when <see cref="AssigneeId"/> is set).</summary>
    public bool Unassigned { get; init; }
    public bool? NeedsAction { get; init; }
    public bool? Overdue { get; init; }
    public string? Channel { get; init; }
    public VerificationState? Verification { get; init; }
    /// <summary>Closed list only.</summary>
    public RequestOutcome? Outcome { get; init; }
    /// <summary>A reference, an account id or an email (typed or on record), matched exactly (references and emails in any case).</summary>
    public string? Search { get; init; }
    public QueueCursor? After { get; init; }
    public int PageSize { get; init; } = DefaultPageSize;
}
