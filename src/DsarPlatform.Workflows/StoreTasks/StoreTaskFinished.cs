using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>Store tasks of the given step completed or failed, one or several committed together (their rows already say which).</summary>
public sealed record StoreTaskFinished(IReadOnlyList<Guid> TaskIds, int StepIndex) : WorkflowEvent(BookmarkKind.StoreTasks, KeyFor(StepIndex))
{
    /// <summary>The bookmark key a step waits on until its store tasks have answered.</summary>
    public static string KeyFor(int stepIndex) => stepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
