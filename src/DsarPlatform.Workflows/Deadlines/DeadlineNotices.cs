using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// Turns a due reminder or overdue timer into an entry in the agents' queue, the request's journal and an email to
/// the people who must act (the assignee, or the team address while nobody is assigned), once: never for a closed or
/// paused request, and never twice for the same key. The email is queued in the same transaction as the notice.
/// </summary>
public sealed class DeadlineNotices(DsarDbContext db, DefinitionCatalog catalog, StaffEmailComposer emails, IOptions<StaffNoticeOptions> options)
    : ITimerHandler
{
    public IReadOnlyCollection<TimerKind> Kinds { get; } = [TimerKind.Reminder, TimerKind.Overdue];

    public async Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == timer.RequestId, cancellationToken);
        var instance = await db.Instances.SingleAsync(i => i.Id == timer.InstanceId, cancellationToken);
        var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).PolicyFor(request.RegimeId);
        if (request.ClosedAtUtc is not null || request.IsClockPaused(policy)) return;
        if (await db.AgentNotices.AnyAsync(n => n.RequestId == request.Id && n.Key == timer.Purpose, cancellationToken)) return;

        db.AgentNotices.Add(new AgentNotice
        {
            RequestId = request.Id, Key = timer.Purpose, Kind = timer.Kind, DueAtUtc = request.DueAtUtc, RaisedAtUtc = nowUtc,
        });
        var overdue = timer.Kind == TimerKind.Overdue;
        var (to, who) = await RecipientAsync(request.AssigneeId, cancellationToken);
        if (to is not null)
        {
            MailQueue.AddTo(db, request.Id, to, StaffEmailComposer.DeadlineNoticeTemplate, emails.DeadlineNotice(request, policy, overdue), nowUtc);
        }
        db.Journal.Append(request.Id, timer.InstanceId, instance.CurrentStep, overdue ? "OverdueEscalated" : "ReminderRaised", "system", "system", nowUtc,
            $"due {request.DueAtUtc:O}; {who}");
    }

    /// <returns>The address to write to (null: none) and, for the journal, whom it is without naming them.</returns>
    async Task<(string? To, string Who)> RecipientAsync(string? assigneeId, CancellationToken cancellationToken)
    {
        if (assigneeId is not null
            && await db.Users.Where(u => u.Id == assigneeId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken) is { Length: > 0 } assignee)
            return (assignee, $"emailed the assignee {assigneeId}");
        return options.Value.TeamEmail is { Length: > 0 } team
            ? (team, "emailed the team address")
            : (null, "no assignee and no team address: in the queue only");
    }
}
