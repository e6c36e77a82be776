using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// The receipt confirmation a policy may require (<see cref="WorkflowPolicy.ReceiptConfirmationBusinessDays"/>): the first
/// step schedules a check at its deadline and sends it, to the email on record only, as soon as the account is matched;
/// <see cref="ReceiptConfirmationCheck"/> raises an agent notice at the deadline when none went out.
/// </summary>
public sealed class ReceiptConfirmations(RequesterNoticeComposer notices)
{
    public const string Template = "receipt-confirmation";
    public const string ConfirmedEvent = "ReceiptConfirmed";
    public const string TimerPurpose = "receipt-confirmation";

    /// <summary>End of the last business day the policy allows for the confirmation; null when it asks for none.</summary>
    public static DateTime? DeadlineUtc(DsarRequest request, WorkflowPolicy policy) =>
        policy.ReceiptConfirmationBusinessDays is { } days
            ? Deadline.BusinessDaysAfterUtc(new DateTimeOffset(DateTime.SpecifyKind(request.ReceivedAtUtc, DateTimeKind.Utc)), days, policy)
            : null;

    /// <summary>At the start of the first step: the check at the deadline, whatever the match finds.</summary>
    public static void ScheduleCheck(RequestStepContext context)
    {
        if (DeadlineUtc(context.Request, context.Policy) is { } deadline)
            context.ScheduleTimer(deadline, TimerPurpose, TimerKind.ReceiptConfirmation);
    }

    /// <summary>The regime changed at the first step (the record's country): the check follows the new regime's rule.</summary>
    public static async Task RescheduleCheckAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var pending = await context.Db.Timers
            .Where(t => t.RequestId == context.Request.Id && t.FiredAtUtc == null && t.Kind == TimerKind.ReceiptConfirmation)
            .ToListAsync(cancellationToken);
        context.Db.Timers.RemoveRange(pending);
        ScheduleCheck(context);
    }

    /// <summary>In the first step's transaction, once the match is known: sends it, or journals why none could be sent.</summary>
    public void Confirm(RequestStepContext context)
    {
        if (DeadlineUtc(context.Request, context.Policy) is not { } deadline) return;
        if (context.Request.RecordEmail is null)
        {
            context.Journal("ReceiptNotConfirmed", $"no email on record: no receipt confirmation could be sent (due by {deadline:O})");
            return;
        }
        context.Email(Template, notices.ReceiptConfirmation(context.Request, context.Definition));
        context.Journal(ConfirmedEvent, $"sent {context.NowUtc:O}, due by {deadline:O}");
    }
}
