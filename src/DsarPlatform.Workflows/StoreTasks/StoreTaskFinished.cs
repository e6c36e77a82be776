using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>A store task of the given step completed or failed (its row already says which).</summary>
public sealed record StoreTaskFinished(Guid TaskId, int StepIndex) : WorkflowEvent(BookmarkKind.StoreTasks, KeyFor(StepIndex))
{
    /// <summary>The bookmark key a step waits on until its store tasks have answered.</summary>
    public static string KeyFor(int stepIndex) => stepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
