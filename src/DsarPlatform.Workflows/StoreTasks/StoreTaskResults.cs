using System.Xml;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.StoreTasks;

/// <summary>
/// What the workflow does with a store's answer, in one transaction with the step it resumes. A failure
/// is retried on a durable timer with back-off up to the policy's attempts, then fails the task (the step
/// raises an incident). A second answer for a finished task changes nothing.
/// </summary>
/// <remarks>
/// A field read (<see cref="StoreActions.ReadFields"/>) resumes nothing: the review it serves does not wait for it. Its
/// answer is kept (the values sealed, as they came) and journaled by field name; a failure is final at once, with no
/// timer and no incident (the bus retried it already; the review goes on and an agent may send it again).
/// </remarks>
public sealed class StoreTaskResults(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog,
    StoreTaskDispatcher dispatcher, StoreTaskMetrics metrics, TimeProvider clock) : ITimerHandler
{
    public IReadOnlyCollection<TimerKind> Kinds { get; } = [TimerKind.TaskRetry];

    public Task<bool> CompletedAsync(Guid taskId, StoreTaskOutcome outcome, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            var task = await db.StoreTasks.FindAsync([taskId], ct);
            if (task is not { Status: StoreTaskStatus.Pending }) return false;
            task.Complete(outcome, Now);
            engine.AfterCommit(() => metrics.Finished(task, task.FinishedAtUtc ?? Now));
            if (task.Action == StoreActions.ReadFields) return await JournalReadAsync(task, "FieldsRead", ReadDetail(task.Store, outcome), ct);
            return await engine.ResumeAsync(task.InstanceId, new StoreTaskFinished(task.Id, task.StepIndex), ct);
        }, cancellationToken);

    public Task<bool> FailedAsync(Guid taskId, string reason, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            var task = await db.StoreTasks.FindAsync([taskId], ct);
            if (task is not { Status: StoreTaskStatus.Pending }) return false;
            if (task.Action == StoreActions.ReadFields)
            {
                task.Fail(reason, Now);
                return await JournalReadAsync(task, "FieldsNotRead", $"{task.Store}: {reason}", ct);
            }
            var instance = await db.Instances.SingleAsync(i => i.Id == task.InstanceId, ct);
            var regimeId = await db.Requests.Where(r => r.Id == task.RequestId).Select(r => r.RegimeId).SingleAsync(ct);
            var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).PolicyFor(regimeId);
            if (task.Attempts < policy.StoreTaskAttempts)
            {
                var delay = XmlConvert.ToTimeSpan(policy.StoreTaskRetryDelay) * Math.Pow(2, task.Attempts - 1);
                task.FailForNow(reason);
                db.Timers.Add(new WorkflowTimer
                {
                    InstanceId = instance.Id, RequestId = task.RequestId, Kind = TimerKind.TaskRetry,
                    Purpose = task.Id.ToString(), DueAtUtc = Now + delay,
                });
                Journal(task, instance.CurrentStep, "TaskFailedWillRetry", $"{task.Store}: {reason} (attempt {task.Attempts - 1} of {policy.StoreTaskAttempts}; next in {delay})");
                return true;
            }
            task.Fail(reason, Now);
            engine.AfterCommit(() => metrics.Finished(task, task.FinishedAtUtc ?? Now));
            return await engine.ResumeAsync(task.InstanceId, new StoreTaskFinished(task.Id, task.StepIndex), ct);
        }, cancellationToken);

    /// <summary>Sends a task again when its retry timer fires (part of the sweep's transaction).</summary>
    public Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken) => RedispatchAsync(timer, cancellationToken);

    async Task RedispatchAsync(WorkflowTimer timer, CancellationToken cancellationToken)
    {
        var task = await db.StoreTasks.FindAsync([Guid.Parse(timer.Purpose)], cancellationToken);
        if (task is not { Status: StoreTaskStatus.Pending }) return;
        var request = await db.Requests.SingleAsync(r => r.Id == task.RequestId, cancellationToken);
        dispatcher.Dispatch(db, task, request, Now);
        var step = await db.Instances.Where(i => i.Id == task.InstanceId).Select(i => i.CurrentStep).SingleAsync(cancellationToken);
        Journal(task, step, "TaskRedispatched", $"{task.Store} (attempt {task.Attempts})");
    }

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Journaled on the step that asked (the review), wherever the workflow is by now.</summary>
    async Task<bool> JournalReadAsync(StoreTask task, string @event, string detail, CancellationToken cancellationToken)
    {
        var instance = await db.Instances.SingleAsync(i => i.Id == task.InstanceId, cancellationToken);
        var steps = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).Steps;
        Journal(task, steps[Math.Min(task.StepIndex, steps.Count - 1)].Name, @event, detail);
        return true;
    }

    /// <summary>The store and the names of the fields it holds, never their values.</summary>
    static string ReadDetail(string store, StoreTaskOutcome outcome)
    {
        var fields = outcome.Counts.Select(c => c.Category.Replace("field:", "", StringComparison.Ordinal)).ToList();
        return fields.Count == 0 ? $"{store}: holds none of the fields" : $"{store}: {string.Join(", ", fields)}";
    }

    void Journal(StoreTask task, string step, string @event, string detail) =>
        db.Journal.Append(task.RequestId, task.InstanceId, step, @event, "system", "system", Now, detail);
}
