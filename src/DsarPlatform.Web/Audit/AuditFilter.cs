using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// What the auditors' search narrows requests by; null means any. Date ranges are whole UTC days, both ends included
/// (<see cref="AuditQuery"/> turns them into half-open instants: from the first day's start to the day after the last).
/// </summary>
public sealed record AuditFilter
{
    public const int DefaultPageSize = 50;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>The start of a reference, in any case ("DSR-AB" finds DSR-AB12CD34).</summary>
    public string? Reference { get; init; }
    public RequestType? Type { get; init; }
    public InstanceStatus? Status { get; init; }
    public RequestOutcome? Outcome { get; init; }
    public string? Channel { get; init; }
    public DateTime? ReceivedFromUtc { get; init; }
    public DateTime? ReceivedBeforeUtc { get; init; }
    public DateTime? ClosedFromUtc { get; init; }
    public DateTime? ClosedBeforeUtc { get; init; }
    /// <summary>The last row of the previous page: its received instant and id (newest first).</summary>
    public QueueCursor? After { get; init; }
}
