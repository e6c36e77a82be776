using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// What moves a due date: the one extension (within the policy's limit, before the original due date where the policy
/// says so, its reason emailed to the requester at once), and waiting on the requester (the clock pauses if the policy
/// says so and resumes, moved by the whole local days paused, when they answer on the status page the emailed link opens). Each agent action takes
/// the instance version the agent saw (optional) and changes nothing when the request changed since.
/// </summary>
public sealed class DeadlineActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, EmailComposer emails,
    StatusLinks statusLinks, TimeProvider clock)
{
    public Task<StaffActionResult> ExtendAsync(string reference, int days, string? reason, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000) return StaffActionResult.Invalid("reason", "Give the reason the requester will read (at most 1,000 characters).");
            if (days < 1) return StaffActionResult.Invalid("days", "Extend by at least one day.");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var (request, now) = (found.Request, Now);
            if (request.ClosedAtUtc is not null) return StaffActionResult.Refused("The request is closed.");
            if (request.ExtendedAtUtc is not null) return StaffActionResult.Refused("The request was extended once already; the policy allows one extension.");
            // One extension only, so the due date before it is the original one (moved by any pause).
            if (found.Policy.ExtensionNoticeBeforeDue && now > request.DueAtUtc)
                return StaffActionResult.Invalid("days", $"The rules for this request require an extension and its reasons to be sent before the original due date, {Deadline.LocalDay(request.DueAtUtc, found.Policy):yyyy-MM-dd}; that date has passed, so it can no longer be extended.");
            var newDue = Deadline.ExtendedUtc(request.DueAtUtc, days, found.Policy);
            if (newDue <= now) return StaffActionResult.Invalid("days", "The request is already late: extend it to a date still ahead.");
            if (newDue > Deadline.ExtensionCeilingUtc(request.DueAtUtc, found.Policy))
                return StaffActionResult.Invalid("days", found.Policy.ExtensionLimit is null
                    ? "This kind of request cannot be extended."
                    : $"The policy allows at most {CalendarPeriod.Parse(found.Policy.ExtensionLimit)} more.");

            request.DueAtUtc = newDue;
            request.ExtendedAtUtc = now;
            request.ExtendedByDays = days;
            request.ExtensionReason = reason.Trim();
            var emailed = MailQueue.Add(db, request, "extension", emails.Extension(request, found.Policy, request.ExtensionReason, statusLinks.IssueFor(request, now)), now);
            found.Journal(db, "DeadlineExtended", $"by {days} day(s) to {newDue:O}; " + (emailed ? "reason emailed to the requester" : "no email on record: the reason could not be sent"),
                actor.UserId, actor.Role, now);
            await DeadlineSchedule.RescheduleAsync(db, request, found.Instance.Id, found.Policy, now, ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    public Task<StaffActionResult> RequestInformationAsync(string reference, string? message, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(message) || message.Length > 2000) return StaffActionResult.Invalid("message", "Write what you need from the requester (at most 2,000 characters).");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var (request, now) = (found.Request, Now);
            if (request.ClosedAtUtc is not null) return StaffActionResult.Refused("The request is closed.");
            if (request.AwaitingRequesterSinceUtc is not null) return StaffActionResult.Refused("The request already waits on the requester's answer.");
            if (request.RecordEmail is null) return StaffActionResult.Refused("The request matched no account, so there is nobody on record to ask.");

            request.AwaitingRequesterSinceUtc = now;
            request.RequesterQuestion = message.Trim();
            request.RequesterAnswer = null;
            MailQueue.Add(db, request, "information-needed", emails.InformationNeeded(request, request.RequesterQuestion, statusLinks.Issue(request.Id, now)), now);
            found.Journal(db, "InformationRequested", found.Policy.PauseClockWhileWaitingOnRequester ? "clock paused" : "clock runs on", actor.UserId, actor.Role, now);
            await DeadlineSchedule.RescheduleAsync(db, request, found.Instance.Id, found.Policy, now, ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    public const int MaxAnswerLength = 4000;

    /// <summary>
    /// The requester answers on the status page (the caller has checked their status session for this request);
    /// a paused clock resumes with the due date moved by the pause. False when nothing waits for an answer.
    /// </summary>
    public Task<bool> AnswerAsync(Guid requestId, string? answer, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(answer) || answer.Length > MaxAnswerLength) return false;
            var now = Now;
            var request = await db.Requests.FindAsync([requestId], ct);
            if (request is not { AwaitingRequesterSinceUtc: { } since, ClosedAtUtc: null }) return false;
            var found = await RequestCase.LoadAsync(db, catalog, request, ct);

            request.RequesterAnswer = answer.Trim();
            request.AwaitingRequesterSinceUtc = null;
            var detail = "answer received";
            if (found.Policy.PauseClockWhileWaitingOnRequester && request.ClosedAtUtc is null)
            {
                request.DueAtUtc = Deadline.ResumedUtc(request.DueAtUtc, since, now, found.Policy);
                detail = $"clock resumed; due moved by the paused local days to {request.DueAtUtc:O}";
            }
            found.Journal(db, "InformationProvided", detail, "requester", "DataSubject", now);
            await DeadlineSchedule.RescheduleAsync(db, request, found.Instance.Id, found.Policy, now, ct);
            return true;
        }, cancellationToken);

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
