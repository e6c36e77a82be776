using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// What a step may touch. Every effect (journal line, timer, incident) is added to the same unit of work as
/// the instance's new state, so they commit together or not at all.
/// </summary>
public sealed class StepContext(IWorkflowDbContext db, Action<Action> afterCommit,
    WorkflowInstance instance, WorkflowDefinition definition, StepDefinition step, DateTime nowUtc)
{
    public WorkflowInstance Instance => instance;
    public WorkflowDefinition Definition => definition;
    public StepDefinition Step => step;
    public DateTime NowUtc => nowUtc;

    /// <summary>Runs <paramref name="action"/> only once everything the step did is committed.</summary>
    public void AfterCommit(Action action) => afterCommit(action);

    public void Journal(string @event, string? detail = null, string actor = "system", string role = "system") =>
        db.Journal.Append(instance.RequestId, instance.Id, step.Name, @event, actor, role, nowUtc, detail);

    public WorkflowTimer ScheduleTimer(DateTime dueAtUtc, string purpose, TimerKind kind = TimerKind.Step)
    {
        var timer = new WorkflowTimer { InstanceId = instance.Id, RequestId = instance.RequestId, Kind = kind, Purpose = purpose, DueAtUtc = dueAtUtc };
        db.Timers.Add(timer);
        return timer;
    }

    public void RaiseIncident(string cause) =>
        db.Incidents.Add(new Incident
        {
            RequestId = instance.RequestId, InstanceId = instance.Id, Step = step.Name, Cause = cause, RaisedAtUtc = nowUtc,
        });
}
