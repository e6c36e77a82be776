using System.Diagnostics;
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

    /// <summary>One answer on its own; false when its task had answered already.</summary>
    public async Task<bool> CompletedAsync(Guid taskId, StoreTaskOutcome outcome, CancellationToken cancellationToken) =>
        (await CompletedAllAsync([new QueuedAnswer(taskId, outcome, default)], cancellationToken)).Count == 1;

    /// <summary>
    /// Answers committed together (<see cref="StoreAnswerBatches"/>): each pending task completes, and each instance with
    /// answers for its waiting step advances once, however many of its stores answered. Returns the answers that finished
    /// their task; a task already finished (a duplicate, or the same answer twice in the batch) is left as it was.
    /// </summary>
    public Task<HashSet<QueuedAnswer>> CompletedAllAsync(IReadOnlyList<QueuedAnswer> answers, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            var ids = answers.Select(a => a.TaskId).Distinct().ToList();
            var tasks = await db.StoreTasks.Where(t => ids.Contains(t.Id) && t.Status == StoreTaskStatus.Pending).ToDictionaryAsync(t => t.Id, ct);
            var finished = new List<(StoreTask Task, QueuedAnswer Answer)>();
            foreach (var answer in answers)
            {
                if (!tasks.TryGetValue(answer.TaskId, out var task) || task.Status != StoreTaskStatus.Pending) continue;
                task.Complete(answer.Outcome, Now);
                engine.AfterCommit(() => metrics.Finished(task, task.FinishedAtUtc ?? Now));
                finished.Add((task, answer));
            }
            foreach (var (read, _) in finished.Where(f => f.Task.Action == StoreActions.ReadFields))
                await JournalReadAsync(read, "FieldsRead", ReadDetail(read.Store, read.Outcome!), ct);

            var advancing = finished.Where(f => f.Task.Action != StoreActions.ReadFields).ToList();
            // One query each for the instances and requests the steps will read, not one per answer.
            var instanceIds = advancing.Select(f => f.Task.InstanceId).Distinct().ToList();
            var requestIds = advancing.Select(f => f.Task.RequestId).Distinct().ToList();
            var stepIndexes = advancing.Select(f => f.Task.StepIndex).Distinct().ToList();
            await db.Instances.Where(i => instanceIds.Contains(i.Id)).LoadAsync(ct);
            await db.Requests.Where(r => requestIds.Contains(r.Id)).LoadAsync(ct);
            // Every task of those steps, the finished ones as tracked above, so each step settles without a query of its own.
            var stepTasks = (await db.StoreTasks.Where(t => instanceIds.Contains(t.InstanceId) && stepIndexes.Contains(t.StepIndex)).ToListAsync(ct))
                .ToLookup(t => (t.InstanceId, t.StepIndex));
            foreach (var step in advancing.GroupBy(f => (f.Task.InstanceId, f.Task.StepIndex)))
            {
                // The advance continues the trace of the (first) answer that brought it.
                using var span = WorkflowTelemetry.Source.StartActivity("store answers", ActivityKind.Internal, step.First().Answer.Trace);
                var finishedEvent = new StoreTaskFinished([.. step.Select(f => f.Task.Id)], step.Key.StepIndex, [.. stepTasks[step.Key]]);
                await engine.ResumeAsync(step.Key.InstanceId, finishedEvent, ct);
            }
            return finished.Select(f => f.Answer).ToHashSet();
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
            return await engine.ResumeAsync(task.InstanceId, new StoreTaskFinished([task.Id], task.StepIndex), ct);
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
