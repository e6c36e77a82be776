namespace DsarPlatform.Workflows.Runtime;

/// <summary>A durable timer; the sweep fires it once (a second firing finds <see cref="FiredAtUtc"/> set).</summary>
public sealed class WorkflowTimer
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid InstanceId { get; init; }
    public required string Purpose { get; init; }
    public DateTime DueAtUtc { get; init; }
    public DateTime? FiredAtUtc { get; set; }
}
