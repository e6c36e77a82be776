using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>A store task of the given step completed or failed (its row already says which).</summary>
public sealed record StoreTaskFinished(Guid TaskId, int StepIndex) : WorkflowEvent(BookmarkKind.StoreTasks, StepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
