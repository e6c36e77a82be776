namespace DsarPlatform.Workflows.Runtime;

/// <summary>A step that cannot go on by itself: what blocks it, for an agent to see and act on.</summary>
public sealed class Incident
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public Guid InstanceId { get; init; }
    public required string Step { get; init; }
    public required string Cause { get; init; }
    /// <summary>For an incident about a timer that could not fire (<see cref="TimerSweep"/>): which one, so it is raised once and closes when the timer fires.</summary>
    public Guid? TimerId { get; init; }
    public DateTime RaisedAtUtc { get; init; }
    public DateTime? ResolvedAtUtc { get; set; }
    /// <summary>How the agent solved it, for the record.</summary>
    public string? Resolution { get; set; }
    /// <summary>What happened to the blocked work; null for an incident closed by a retry.</summary>
    public IncidentResolutionKind? ResolutionKind { get; set; }
    /// <summary>For <see cref="IncidentResolutionKind.NotErased"/>: the legal ground for keeping the data, told to the requester.</summary>
    public string? ResolutionGround { get; set; }
}
