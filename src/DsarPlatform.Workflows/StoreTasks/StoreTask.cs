using System.Text.Json;
using DsarPlatform.Contracts;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>Work sent to one store for one step; its id is the idempotency key on both sides.</summary>
public sealed class StoreTask
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public Guid InstanceId { get; init; }
    public int StepIndex { get; init; }
    public required string Store { get; init; }
    public required string Action { get; init; }
    /// <summary>What the message needs beyond the request, kept for retries (an identification's candidate account IDs, as JSON; a disclosures listing's year).</summary>
    public string? Payload { get; init; }
    public StoreTaskStatus Status { get; private set; }
    public string? OutcomeJson { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? FinishedAtUtc { get; private set; }
    /// <summary>Deliveries so far; a failure below the policy's limit schedules another on a durable timer.</summary>
    public int Attempts { get; private set; } = 1;

    public StoreTaskOutcome? Outcome =>
        OutcomeJson is null ? null : JsonSerializer.Deserialize<StoreTaskOutcome>(OutcomeJson);

    public void Complete(StoreTaskOutcome outcome, DateTime nowUtc)
    {
        Status = StoreTaskStatus.Completed;
        OutcomeJson = JsonSerializer.Serialize(outcome);
        FinishedAtUtc = nowUtc;
    }

    /// <summary>A failure that will be retried: the task stays pending, the cause is kept for agents.</summary>
    public void FailForNow(string reason)
    {
        FailureReason = reason;
        Attempts++;
    }

    /// <summary>An agent retries a failed task: it is pending again and goes out once more.</summary>
    public void Reopen()
    {
        Status = StoreTaskStatus.Pending;
        FinishedAtUtc = null;
        Attempts++;
    }

    public void Fail(string reason, DateTime nowUtc)
    {
        Status = StoreTaskStatus.Failed;
        FailureReason = reason;
        FinishedAtUtc = nowUtc;
    }
}
