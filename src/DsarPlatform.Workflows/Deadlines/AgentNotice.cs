using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// An entry in the agents' queue raised by the clock: a reminder before the due date, or the overdue
/// escalation. (RequestId, Key) is unique, so a duplicate sweep cannot raise it twice.
/// </summary>
public sealed class AgentNotice
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public required string Key { get; init; }
    public TimerKind Kind { get; init; }
    public DateTime DueAtUtc { get; init; }
    public DateTime RaisedAtUtc { get; init; }
    public DateTime? AcknowledgedAtUtc { get; set; }
}
