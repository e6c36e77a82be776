using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Appeals;

/// <summary>
/// An agent decides an appeal: uphold (the denial stands; a reason is required and emailed, with how to complain to the
/// Attorney General) or reverse (the denied request is reopened: its workflow starts again at the step the denial stopped
/// it at, with a fresh response period from today). Either way both requests' journals say so, the requester is
/// emailed the decision with a status link to the denied request, and the appeal's workflow completes, in one transaction.
/// </summary>
public sealed class AppealActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, AppealEmails emails,
    StatusLinks statusLinks, TimeProvider clock)
{
    public const int MaxReasonLength = 2000;

    public Task<StaffActionResult> UpholdAsync(string reference, string? reason, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Task.FromResult(StaffActionResult.Invalid("reason", "Give the reason the denial stands; the requester reads it."));
        return DecideAsync(reference, reason, upheld: true, actor, expectedVersion, cancellationToken);
    }

    public Task<StaffActionResult> ReverseAsync(string reference, string? reason, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        DecideAsync(reference, reason, upheld: false, actor, expectedVersion, cancellationToken);

    Task<StaffActionResult> DecideAsync(string reference, string? reason, bool upheld, StaffActor actor, Guid? expectedVersion,
        CancellationToken cancellationToken)
    {
        if (reason is { Length: > MaxReasonLength } || reason?.Any(c => char.IsControl(c) && c is not ('\r' or '\n')) == true)
            return Task.FromResult(StaffActionResult.Invalid("reason", $"The reason has at most {MaxReasonLength:N0} characters, without control characters."));
        return engine.CommitAsync(async ct =>
        {
            // A reference that is not an appeal is no object of this action: 404, as for an unknown one.
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { Request: { Type: RequestType.Appeal, AppealOfRequestId: { } deniedId } } appeal)
                return StaffActionResult.NotFound;
            if (appeal.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            if (!appeal.Instance.IsWaitingOn(BookmarkKind.Signal, DecideAppealActivity.DecidedSignal))
                return StaffActionResult.Refused("This appeal is not waiting for a decision (it is decided already, or not started yet).");
            var denied = await RequestCase.LoadAsync(db, catalog, await db.Requests.SingleAsync(r => r.Id == deniedId, ct), ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();

            appeal.Request.Outcome = upheld ? RequestOutcome.Upheld : RequestOutcome.Reversed;
            appeal.Request.AppealDecisionReason = trimmed;
            EmailContent email;
            if (upheld)
            {
                denied.Journal(db, "AppealUpheld", $"appeal {appeal.Request.Reference}: the denial stands", actor.UserId, actor.Role, now);
                if (denied.Request.CorrectionValuesKeptUntilUtc is not null)
                {
                    // Kept for this appeal only: the denial stands, so they go now.
                    RequestShedding.ShedCorrectionValues(denied.Request);
                    denied.Journal(db, RequestShedding.Event, "correction values: the appeal was decided", "system", "system", now);
                }
                email = emails.Upheld(appeal.Request, denied.Request, trimmed!, statusLinks.IssueFor(denied.Request, now));
            }
            else
            {
                if (await ReopenAsync(denied, appeal.Request, actor, now, ct) is { } refused) return refused;
                email = emails.Reversed(appeal.Request, denied.Request, trimmed, denied.Policy, statusLinks.IssueFor(denied.Request, now));
            }
            var template = upheld ? AppealEmails.UpheldTemplate : AppealEmails.ReversedTemplate;
            appeal.Journal(db, upheld ? "AppealUpheld" : "AppealReversed", $"{denied.Request.Reference}: reason kept on the appeal", actor.UserId, actor.Role, now);
            if (MailQueue.Add(db, appeal.Request, template, email, now))
                appeal.Journal(db, "EmailQueued", $"{template} → email on record", "system", "system", now);
            await engine.ResumeAsync(appeal.Instance.Id, new SignalReceived(DecideAppealActivity.DecidedSignal, actor.UserId, actor.Role), ct);
            return StaffActionResult.Done;
        }, cancellationToken);
    }

    /// <summary>
    /// The denied request opens again with a fresh response period from today and its workflow re-runs the step the denial
    /// stopped it at. What closing shed (typed details, links) stays shed: a request denied before its confirmation gets
    /// a new link to the email on record, and data points it no longer has leave verification to an agent.
    /// </summary>
    async Task<StaffActionResult?> ReopenAsync(RequestCase denied, DsarRequest appeal, StaffActor actor, DateTime now, CancellationToken ct)
    {
        var request = denied.Request;
        if (request.AccountId is { } account && await db.Requests.AnyAsync(
                r => r.Id != request.Id && r.AccountId == account && r.Type == request.Type && r.ClosedAtUtc == null, ct))
            return StaffActionResult.Refused("A newer request of the same kind for this account is open, so the denied one cannot be reopened; uphold the appeal and work the newer request.");
        request.ClosedAtUtc = null;
        request.Outcome = null;
        // Open again, it needs its correction values (kept for this); its next closing decides anew.
        request.CorrectionValuesKeptUntilUtc = null;
        request.DueAtUtc = Deadline.DueAtUtc(new DateTimeOffset(now, TimeSpan.Zero), denied.Policy);
        if (!await engine.ReopenAsync(denied.Instance.Id, "ReopenedOnAppeal", $"appeal {appeal.Reference} reversed the denial", actor.UserId, actor.Role, ct))
            return StaffActionResult.Refused("The denied request's workflow cannot be started again.");
        await DeadlineSchedule.RescheduleAsync(db, request, denied.Instance.Id, denied.Policy, now, ct);
        return null;
    }
}
