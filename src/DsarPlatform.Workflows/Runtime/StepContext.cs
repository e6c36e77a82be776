using System.Text.Json;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// What a step may touch. Every effect (journal line, bus message, email, timer, incident) is added to the
/// same unit of work as the instance's new state, so they commit together or not at all.
/// </summary>
public sealed class StepContext(DsarDbContext db, WorkflowInstance instance, DsarRequest request,
    WorkflowDefinition definition, StepDefinition step, DateTime nowUtc)
{
    public DsarDbContext Db => db;
    public WorkflowInstance Instance => instance;
    public DsarRequest Request => request;
    public WorkflowDefinition Definition => definition;
    public StepDefinition Step => step;
    public DateTime NowUtc => nowUtc;

    public void Journal(string @event, string? detail = null, string actor = "system", string role = "system") =>
        db.Journal.Add(new JournalEntry
        {
            RequestId = request.Id, InstanceId = instance.Id, AtUtc = nowUtc,
            Step = step.Name, Event = @event, Actor = actor, Role = role, Detail = detail,
        });

    public StoreTask DispatchStoreTask<TMessage>(string store, string action, Func<StoreTask, TMessage> message)
        where TMessage : class
    {
        var task = new StoreTask
        {
            RequestId = request.Id, InstanceId = instance.Id, StepIndex = instance.StepIndex,
            Store = store, Action = action, CreatedAtUtc = nowUtc,
        };
        db.StoreTasks.Add(task);
        db.Outbox.Add(new OutboxMessage
        {
            MessageType = typeof(TMessage).FullName!, Destination = store,
            Body = JsonSerializer.Serialize(message(task)), CreatedAtUtc = nowUtc,
        });
        Journal("TaskDispatched", $"{action} → {store} (task {task.Id})");
        return task;
    }

    public void Email(string template, EmailContent content)
    {
        if (request.RecordEmail is null) return;
        db.OutgoingEmails.Add(new OutgoingEmail
        {
            RequestId = request.Id, Template = template, To = request.RecordEmail,
            Subject = content.Subject, TextBody = content.Text, HtmlBody = content.Html, CreatedAtUtc = nowUtc,
        });
        Journal("EmailQueued", $"{template} → email on record");
    }

    public WorkflowTimer ScheduleTimer(DateTime dueAtUtc, string purpose)
    {
        var timer = new WorkflowTimer { InstanceId = instance.Id, Purpose = purpose, DueAtUtc = dueAtUtc };
        db.Timers.Add(timer);
        return timer;
    }

    public void RaiseIncident(string cause) =>
        db.Incidents.Add(new Incident
        {
            RequestId = request.Id, InstanceId = instance.Id, Step = step.Name, Cause = cause, RaisedAtUtc = nowUtc,
        });
}
