using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// What a DSAR step may touch: the runtime's <see cref="StepContext"/> plus the tracked request, the stores and
/// the requester's email. Everything lands in the same unit of work as the instance's new state.
/// </summary>
public sealed class RequestStepContext(StepContext runtime, DsarDbContext db, DsarRequest request, StoreTaskDispatcher dispatcher)
{
    public DsarDbContext Db => db;
    public DsarRequest Request => request;
    public WorkflowInstance Instance => runtime.Instance;
    public WorkflowDefinition Definition => runtime.Definition;
    /// <summary>The effective policy of the request's regime.</summary>
    public WorkflowPolicy Policy => runtime.Definition.PolicyFor(request.RegimeId);
    public StepDefinition Step => runtime.Step;
    public DateTime NowUtc => runtime.NowUtc;

    /// <summary>Runs <paramref name="action"/> only once everything the step did is committed.</summary>
    public void AfterCommit(Action action) => runtime.AfterCommit(action);

    public void Journal(string @event, string? detail = null, string actor = "system", string role = "system") =>
        runtime.Journal(@event, detail, actor, role);

    public WorkflowTimer ScheduleTimer(DateTime dueAtUtc, string purpose, TimerKind kind = TimerKind.Step) =>
        runtime.ScheduleTimer(dueAtUtc, purpose, kind);

    public void RaiseIncident(string cause) => runtime.RaiseIncident(cause);

    public StoreTask DispatchStoreTask(string store, string action, string? payload = null)
    {
        var task = new StoreTask
        {
            RequestId = request.Id, InstanceId = Instance.Id, StepIndex = Instance.StepIndex,
            Store = store, Action = action, Payload = payload, CreatedAtUtc = NowUtc,
        };
        db.StoreTasks.Add(task);
        dispatcher.Dispatch(db, task, request, NowUtc);
        Journal("TaskDispatched", $"{action} → {store} (task {task.Id})");
        return task;
    }

    public void Email(string template, EmailContent content)
    {
        if (MailQueue.Add(db, request, template, content, NowUtc)) Journal("EmailQueued", $"{template} → email on record");
    }
}
