using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Waiting on the store tasks a step dispatched: shared by the activities that talk to stores.</summary>
static class StoreTaskWaits
{
    public static StepOutcome WaitForStep(RequestStepContext context) =>
        StepOutcome.WaitFor(BookmarkKind.StoreTasks, StoreTaskFinished.KeyFor(context.Instance.StepIndex));

    /// <summary>Every task the step dispatched: as the answer's batch loaded them, or read now.</summary>
    public static async Task<IReadOnlyList<StoreTask>> TasksOfStepAsync(RequestStepContext context, WorkflowEvent workflowEvent,
        CancellationToken cancellationToken) =>
        workflowEvent is StoreTaskFinished { StepTasks: { } loaded } finished && finished.StepIndex == context.Instance.StepIndex
            ? loaded
            : await context.Db.StoreTasks
                .Where(t => t.InstanceId == context.Instance.Id && t.StepIndex == context.Instance.StepIndex)
                .ToListAsync(cancellationToken);

    /// <summary>Journals the tasks that answered, then: wait again while any task is pending; fault when one failed; null when all completed.</summary>
    public static StepOutcome? Settle(RequestStepContext context, IReadOnlyList<StoreTask> tasks, WorkflowEvent workflowEvent)
    {
        if (workflowEvent is StoreTaskFinished finished)
        {
            foreach (var answered in finished.TaskIds.Select(id => tasks.FirstOrDefault(t => t.Id == id)).OfType<StoreTask>())
                context.Journal(answered.Status == StoreTaskStatus.Completed ? "TaskCompleted" : "TaskFailed", $"{answered.Store} (task {answered.Id})");
        }
        if (tasks.Any(t => t.Status == StoreTaskStatus.Pending)) return WaitForStep(context);
        var failed = tasks.Where(t => t.Status == StoreTaskStatus.Failed).ToList();
        if (failed.Count > 0)
        {
            return StepOutcome.Fault(string.Join("; ", failed.Select(t => $"{t.Store} could not {t.Action.ToLowerInvariant()}: {t.FailureReason}")));
        }
        return null;
    }
}
