using System.Text.Json;
using DsarPlatform.Contracts;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>Work sent to one store for one step; its id is the idempotency key on both sides.</summary>
public sealed class StoreTask
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public Guid InstanceId { get; init; }
    public int StepIndex { get; init; }
    public required string Store { get; init; }
    public required string Action { get; init; }
    public StoreTaskStatus Status { get; private set; }
    public string? OutcomeJson { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? FinishedAtUtc { get; private set; }

    public StoreTaskOutcome? Outcome =>
        OutcomeJson is null ? null : JsonSerializer.Deserialize<StoreTaskOutcome>(OutcomeJson);

    public void Complete(StoreTaskOutcome outcome, DateTime nowUtc)
    {
        Status = StoreTaskStatus.Completed;
        OutcomeJson = JsonSerializer.Serialize(outcome);
        FinishedAtUtc = nowUtc;
    }

    public void Fail(string reason, DateTime nowUtc)
    {
        Status = StoreTaskStatus.Failed;
        FailureReason = reason;
        FinishedAtUtc = nowUtc;
    }
}
