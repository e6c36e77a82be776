using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// Store tasks of the given step completed or failed, one or several committed together (their rows already say which).
/// <paramref name="StepTasks"/> is every task of the step when the caller loaded them already (a batch of answers reads
/// the tasks of all its steps in one query); null lets the step read them.
/// </summary>
public sealed record StoreTaskFinished(IReadOnlyList<Guid> TaskIds, int StepIndex, IReadOnlyList<StoreTask>? StepTasks = null)
    : WorkflowEvent(BookmarkKind.StoreTasks, KeyFor(StepIndex))
{
    /// <summary>The bookmark key a step waits on until its store tasks have answered.</summary>
    public static string KeyFor(int stepIndex) => stepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
