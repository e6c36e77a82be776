using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Web.Staff;

/// <summary>
/// What a request waits for, in plain words for staff: "billing erase: retry 2 of 3 at 14:05", "directory propagation until
/// 7 December 2026", from the instance's bookmark, its store tasks and its pending timers.
/// </summary>
public static class CurrentWait
{
    public static IReadOnlyList<string> Describe(DsarRequest request, WorkflowInstance instance, WorkflowDefinition definition,
        IReadOnlyList<StoreTask> tasks, IReadOnlyList<WorkflowTimer> pendingTimers)
    {
        var policy = definition.PolicyFor(request.RegimeId);
        if (request.ClosedAtUtc is not null) return [$"nothing: closed on {StaffTime.Format(request.ClosedAtUtc.Value, policy)}"];
        var waits = new List<string>();
        if (request.AwaitingRequesterSinceUtc is { } since)
            waits.Add($"the requester's answer to our question, asked {StaffTime.Format(since, policy)}{(request.IsClockPaused(policy) ? " (clock paused)" : "")}");
        waits.AddRange(instance.Status switch
        {
            InstanceStatus.Received => ["the first step (account matching) to start"],
            InstanceStatus.Faulted => [$"an agent: the step is stuck ({instance.FaultReason ?? "see the incidents"}); retry the failed task or resolve the incident"],
            InstanceStatus.Waiting => Bookmark(request, instance, policy, tasks, pendingTimers),
            _ => ["the workflow to finish its current step"],
        });
        return waits;
    }

    static IEnumerable<string> Bookmark(DsarRequest request, WorkflowInstance instance, WorkflowPolicy policy,
        IReadOnlyList<StoreTask> tasks, IReadOnlyList<WorkflowTimer> timers) => (instance.BookmarkKind, instance.BookmarkKey) switch
    {
        (BookmarkKind.Signal, VerifyIdentityActivity.VerifiedSignal) => ["the requester to press the confirmation link sent to the email on record"],
        (BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal) =>
            [$"an agent to verify identity by hand (details matched: {Names(request.MatchedDataPoints)}; contradicted: {Names(request.MismatchedDataPoints)})"],
        (BookmarkKind.Signal, AgentReviewActivity.ReviewedSignal) =>
            [$"an agent to decide each correction ({request.Corrections.Count(c => c.Accepted is not null)} of {request.Corrections.Count} decided)"],
        (BookmarkKind.Timer, var key) => [Timer(instance, policy, timers.FirstOrDefault(t => t.Id.ToString() == key))],
        (BookmarkKind.StoreTasks, _) => StoreTasks(instance, policy, tasks, timers),
        _ => [$"{instance.BookmarkKind} {instance.BookmarkKey}"],
    };

    static string Timer(WorkflowInstance instance, WorkflowPolicy policy, WorkflowTimer? timer) =>
        timer is null ? $"{Words(instance.CurrentStep)}" : $"{Words(instance.CurrentStep)} until {StaffTime.Date(timer.DueAtUtc, policy)}";

    static IEnumerable<string> StoreTasks(WorkflowInstance instance, WorkflowPolicy policy, IReadOnlyList<StoreTask> tasks, IReadOnlyList<WorkflowTimer> timers)
    {
        var pending = tasks.Where(t => t.StepIndex == instance.StepIndex && t.Status == StoreTaskStatus.Pending).ToList();
        if (pending.Count == 0) return [$"{Words(instance.CurrentStep)}: the stores' answers"];
        return pending.Select(task =>
        {
            var what = $"{task.Store} {task.Action.ToLowerInvariant()}";
            var retry = timers.FirstOrDefault(t => t.Kind == TimerKind.TaskRetry && t.Purpose == task.Id.ToString());
            return retry is null
                ? $"{what}: the store's answer (attempt {task.Attempts} of {policy.StoreTaskAttempts})"
                : $"{what}: retry {task.Attempts} of {policy.StoreTaskAttempts} at {StaffTime.Clock(retry.DueAtUtc, policy)} ({StaffTime.Date(retry.DueAtUtc, policy)})";
        });
    }

    static string Names(string names) => string.IsNullOrEmpty(names) ? "none" : names.Replace(",", ", ");

    static string Words(string step) => step.Replace('-', ' ');
}
