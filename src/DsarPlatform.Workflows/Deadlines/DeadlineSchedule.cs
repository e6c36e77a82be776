using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// Keeps a request's reminder and overdue timers in step with its due date: called at intake and
/// whenever the due date moves (extension, pause, resume). A paused or closed request has none.
/// </summary>
public static class DeadlineSchedule
{
    public const string OverdueKey = "overdue";

    public static async Task RescheduleAsync(DsarDbContext db, DsarRequest request, Guid instanceId, WorkflowPolicy policy,
        DateTime nowUtc, CancellationToken cancellationToken)
    {
        var pending = await db.Timers
            .Where(t => t.RequestId == request.Id && t.FiredAtUtc == null && (t.Kind == TimerKind.Reminder || t.Kind == TimerKind.Overdue))
            .ToListAsync(cancellationToken);
        db.Timers.RemoveRange(pending);
        if (request.ClosedAtUtc is not null || request.IsClockPaused(policy)) return;

        foreach (var days in policy.ReminderDaysBeforeDue.Distinct())
        {
            var at = Deadline.CalendarDaysBeforeUtc(request.DueAtUtc, days, policy);
            if (at > nowUtc) Add(db, request, instanceId, TimerKind.Reminder, ReminderKey(days, request.ExtendedAtUtc is not null), at);
        }
        Add(db, request, instanceId, TimerKind.Overdue, OverdueKey, request.DueAtUtc);
    }

    /// <summary>
    /// A reminder is raised once per offset before the first due date and once before the extended one: a pause moves the
    /// due date without making a reminder already raised due again; the extension's new date is reminded of.
    /// </summary>
    public static string ReminderKey(int daysBeforeDue, bool extended) => extended ? $"reminder-{daysBeforeDue}d-extended" : $"reminder-{daysBeforeDue}d";

    static void Add(DsarDbContext db, DsarRequest request, Guid instanceId, TimerKind kind, string purpose, DateTime dueAtUtc) =>
        db.Timers.Add(new WorkflowTimer { InstanceId = instanceId, RequestId = request.Id, Kind = kind, Purpose = purpose, DueAtUtc = dueAtUtc });
}
