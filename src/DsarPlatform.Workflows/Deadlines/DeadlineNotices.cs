using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// Turns a due reminder or overdue timer into an entry in the agents' queue and the request's journal,
/// once: never for a closed or paused request, and never twice for the same key.
/// </summary>
public sealed class DeadlineNotices(DsarDbContext db, DefinitionCatalog catalog) : ITimerHandler
{
    public IReadOnlyCollection<TimerKind> Kinds { get; } = [TimerKind.Reminder, TimerKind.Overdue];

    public async Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == timer.RequestId, cancellationToken);
        var instance = await db.Instances.SingleAsync(i => i.Id == timer.InstanceId, cancellationToken);
        var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).Policy;
        if (request.ClosedAtUtc is not null || request.IsClockPaused(policy)) return;
        if (await db.AgentNotices.AnyAsync(n => n.RequestId == request.Id && n.Key == timer.Purpose, cancellationToken)) return;

        db.AgentNotices.Add(new AgentNotice
        {
            RequestId = request.Id, Key = timer.Purpose, Kind = timer.Kind, DueAtUtc = request.DueAtUtc, RaisedAtUtc = nowUtc,
        });
        db.Journal.Append(request.Id, timer.InstanceId, instance.CurrentStep, timer.Kind == TimerKind.Overdue ? "OverdueEscalated" : "ReminderRaised", "system", "system", nowUtc, $"due {request.DueAtUtc:O}");
    }
}
