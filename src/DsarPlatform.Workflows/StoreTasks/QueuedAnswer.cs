using System.Diagnostics;
using DsarPlatform.Contracts;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>A store's answer waiting for its group commit; <see cref="Trace"/> is the span of the message that brought it.</summary>
public sealed record QueuedAnswer(Guid TaskId, StoreTaskOutcome Outcome, ActivityContext Trace)
{
    public TaskCompletionSource<bool> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
