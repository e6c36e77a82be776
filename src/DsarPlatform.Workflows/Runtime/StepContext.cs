using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// What a step may touch. Every effect (journal line, bus message, email, timer, incident) is added to the
/// same unit of work as the instance's new state, so they commit together or not at all.
/// </summary>
public sealed class StepContext(DsarDbContext db, StoreTaskDispatcher dispatcher, Action<Action> afterCommit,
    WorkflowInstance instance, DsarRequest request, WorkflowDefinition definition, StepDefinition step, DateTime nowUtc)
{
    public DsarDbContext Db => db;
    public WorkflowInstance Instance => instance;
    public DsarRequest Request => request;
    public WorkflowDefinition Definition => definition;
    public StepDefinition Step => step;
    public DateTime NowUtc => nowUtc;

    /// <summary>Runs <paramref name="action"/> only once everything the step did is committed.</summary>
    public void AfterCommit(Action action) => afterCommit(action);

    public void Journal(string @event, string? detail = null, string actor = "system", string role = "system") =>
        db.Journal.Append(request.Id, instance.Id, step.Name, @event, actor, role, nowUtc, detail);

    public StoreTask DispatchStoreTask(string store, string action, string? payload = null)
    {
        var task = new StoreTask
        {
            RequestId = request.Id, InstanceId = instance.Id, StepIndex = instance.StepIndex,
            Store = store, Action = action, Payload = payload, CreatedAtUtc = nowUtc,
        };
        db.StoreTasks.Add(task);
        dispatcher.Dispatch(db, task, request, nowUtc);
        Journal("TaskDispatched", $"{action} → {store} (task {task.Id})");
        return task;
    }

    public void Email(string template, EmailContent content)
    {
        if (MailQueue.Add(db, request, template, content, nowUtc)) Journal("EmailQueued", $"{template} → email on record");
    }

    public WorkflowTimer ScheduleTimer(DateTime dueAtUtc, string purpose, TimerKind kind = TimerKind.Step)
    {
        var timer = new WorkflowTimer { InstanceId = instance.Id, RequestId = request.Id, Kind = kind, Purpose = purpose, DueAtUtc = dueAtUtc };
        db.Timers.Add(timer);
        return timer;
    }

    public void RaiseIncident(string cause) =>
        db.Incidents.Add(new Incident
        {
            RequestId = request.Id, InstanceId = instance.Id, Step = step.Name, Cause = cause, RaisedAtUtc = nowUtc,
        });
}
