namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// A durable timer; the sweep fires it once (a second firing finds <see cref="FiredAtUtc"/> set).
/// <see cref="Purpose"/> names it: the step, or the deadline notice ("reminder-7d", "overdue").
/// </summary>
public sealed class WorkflowTimer
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid InstanceId { get; init; }
    public Guid RequestId { get; init; }
    public TimerKind Kind { get; init; }
    public required string Purpose { get; init; }
    public DateTime DueAtUtc { get; init; }
    public DateTime? FiredAtUtc { get; set; }
}
