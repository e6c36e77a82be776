using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Agents decide each requested correction (accept, or refuse with a reason). Decisions can come in
/// several calls; once every field is decided the review step ends and accepted changes go to the stores.
/// </summary>
public sealed class ReviewActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, EmailComposer emails,
    StatusLinks statusLinks, TimeProvider clock)
{
    /// <summary>Email control is proven but the data points fell short: the agent verifies by other means, with a note.</summary>
    public Task<StaffActionResult> VerifyManuallyAsync(string reference, string? note, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > 1000) return StaffActionResult.Invalid("note", "Say how you verified the requester (at most 1,000 characters).");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (!found.Instance.IsWaitingOn(BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal))
                return StaffActionResult.Refused("Only a request whose requester proved control of the email on record, but matched too few details, can be verified by hand.");
            found.Request.ManualVerificationNote = note.Trim();
            found.Journal(db, "VerifiedByAgent", "note kept on the request", actor.UserId, actor.Role, clock.GetUtcNow().UtcDateTime);
            await engine.ResumeAsync(found.Instance.Id, new SignalReceived(VerifyIdentityActivity.VerifiedByAgentSignal, actor.UserId, actor.Role), ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    /// <summary>Closes the request as denied (e.g. identity could not be verified); the requester is told why and how to complain.</summary>
    public Task<StaffActionResult> DenyAsync(string reference, string? reason, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Length > 1000) return StaffActionResult.Invalid("reason", "Give the reason the requester will read (at most 1,000 characters).");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            var (request, instance, now) = (found.Request, found.Instance, clock.GetUtcNow().UtcDateTime);
            if (request.ClosedAtUtc is not null) return StaffActionResult.Refused("The request is closed.");
            if (request.VerifiedAtUtc is not null && !BeforeCarryingOut(found))
                return StaffActionResult.Refused("The request is being carried out; it can be denied only before that starts.");

            request.Outcome = RequestOutcome.Denied;
            request.DenialReason = reason.Trim();
            await engine.CloseAsync(instance.Id, "RequestDenied", "reason emailed to the requester", actor.UserId, actor.Role, ct);
            MailQueue.Add(db, request, "denial", emails.Denial(request, request.DenialReason, statusLinks.IssueFor(request, now)), now);
            await DeadlineSchedule.RescheduleAsync(db, request, instance.Id, found.Policy, now, ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    /// <summary>Nothing was done for the requester yet: identity is still being proven, a review awaits, or a step is stuck.</summary>
    static bool BeforeCarryingOut(RequestCase found) =>
        found.CurrentActivity == VerifyIdentityActivity.ActivityName
        || found.Instance.Status == InstanceStatus.Faulted
        || found.Instance.IsWaitingOn(BookmarkKind.Signal, AgentReviewActivity.ReviewedSignal);

    public Task<StaffActionResult> DecideAsync(string reference, IReadOnlyList<FieldDecision>? decisions, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (decisions is null || decisions.Count == 0) return StaffActionResult.Invalid("decisions", "Give at least one decision.");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            var request = found.Request;
            if (!found.Instance.IsWaitingOn(BookmarkKind.Signal, AgentReviewActivity.ReviewedSignal))
                return StaffActionResult.Refused("The request is not waiting for a review (not yet verified, or already decided).");

            var items = request.Corrections.ToList();
            foreach (var decision in decisions)
            {
                var index = items.FindIndex(i => i.Field == decision.Field);
                if (index < 0) return StaffActionResult.Invalid("decisions", $"'{decision.Field}' is not a field this request asks to correct.");
                if (!decision.Accept && string.IsNullOrWhiteSpace(decision.Reason))
                    return StaffActionResult.Invalid("decisions", $"Refusing '{decision.Field}' needs a reason the requester will read.");
                if (decision.Reason is { Length: > 1000 }) return StaffActionResult.Invalid("decisions", "A reason has at most 1,000 characters.");
                items[index] = items[index] with { Accepted = decision.Accept, DecisionReason = decision.Reason?.Trim() };
            }
            request.Corrections = items;

            var now = clock.GetUtcNow().UtcDateTime;
            var summary = string.Join(", ", decisions.Select(d => $"{d.Field}: {(d.Accept ? "accepted" : "refused")}"));
            found.Journal(db, "DecisionsRecorded", summary, actor.UserId, actor.Role, now);
            if (items.All(i => i.Accepted is not null))
            {
                await engine.ResumeAsync(found.Instance.Id, new SignalReceived(AgentReviewActivity.ReviewedSignal, actor.UserId, actor.Role), ct);
            }
            return StaffActionResult.Done;
        }, cancellationToken);
}
