using System.Diagnostics;
using DsarPlatform.Contracts;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// A store's answer waiting for its group commit; <see cref="Trace"/> is the span of the message that brought it. A class,
/// compared by reference: the same answer delivered twice is two of these, and only one of them finishes the task.
/// </summary>
public sealed class QueuedAnswer(Guid taskId, StoreTaskOutcome outcome, ActivityContext trace)
{
    public Guid TaskId { get; } = taskId;
    public StoreTaskOutcome Outcome { get; } = outcome;
    public ActivityContext Trace { get; } = trace;
    public TaskCompletionSource<bool> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
