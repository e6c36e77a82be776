using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using DsarPlatform.Workflows.Wording;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Agents verify by hand, deny with a coded reason, and decide each requested correction (accept, or refuse with a
/// reason). Decisions can come in several calls; once every field is decided the review step ends and accepted changes
/// go to the stores. Every action takes the instance version the agent saw (<c>expectedVersion</c>, optional): when
/// the request changed since, nothing is done and <see cref="StaffActionResult.Changed"/> says so.
/// </summary>
public sealed class ReviewActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, EmailComposer emails,
    StatusLinks statusLinks, DenialTexts denialTexts, TimeProvider clock)
{
    /// <summary>The email that tells the requester why their request was denied.</summary>
    public const string DenialTemplate = "denial";

    /// <summary>Email control is proven but the data points fell short: the agent verifies by other means, with a note.</summary>
    public Task<StaffActionResult> VerifyManuallyAsync(string reference, string? note, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > 1000) return StaffActionResult.Invalid("note", "Say how you verified the requester (at most 1,000 characters).");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            if (!found.Instance.IsWaitingOn(BookmarkKind.Signal, VerifyIdentityActivity.VerifiedByAgentSignal))
                return StaffActionResult.Refused("Only a request whose requester proved control of the email on record, but matched too few details, can be verified by hand.");
            found.Request.ManualVerificationNote = note.Trim();
            found.Journal(db, "VerifiedByAgent", "note kept on the request", actor.UserId, actor.Role, clock.GetUtcNow().UtcDateTime);
            await engine.ResumeAsync(found.Instance.Id, new SignalReceived(VerifyIdentityActivity.VerifiedByAgentSignal, actor.UserId, actor.Role), ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    /// <summary>
    /// Closes the request as denied for a coded reason (<see cref="DenialCodes"/>); the requester is emailed the code's text
    /// (with the <paramref name="ground"/> an exemption names) and how to complain. <paramref name="note"/> stays with staff.
    /// </summary>
    public Task<StaffActionResult> DenyAsync(string reference, string? code, string? ground, string? note, StaffActor actor,
        CancellationToken cancellationToken, Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (Denial.Check(code, ground, note) is { } invalid) return invalid;
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            return await DenyAsync(found, DenialCodes.Find(code)!, ground, note, actor, ct);
        }, cancellationToken);

    /// <summary>
    /// Denies several requests for one coded reason in one transaction: all of them, or none, and then the result names
    /// the first reference that could not be denied and why.
    /// </summary>
    public async Task<StaffActionResult> DenyManyAsync(IReadOnlyList<string>? references, string? code, string? ground, string? note,
        StaffActor actor, CancellationToken cancellationToken)
    {
        if (references is null || references.Count == 0) return StaffActionResult.Invalid("references", "Choose at least one request.");
        if (references.Count > 500) return StaffActionResult.Invalid("references", "Deny at most 500 requests at once.");
        if (Denial.Check(code, ground, note) is { } invalid) return invalid;
        try
        {
            return await engine.CommitAsync(async ct =>
            {
                foreach (var reference in references.Distinct())
                {
                    var result = await RequestCase.LoadAsync(db, catalog, reference, ct) is { } found
                        ? await DenyAsync(found, DenialCodes.Find(code)!, ground, note, actor, ct)
                        : StaffActionResult.NotFound;
                    // Throwing leaves the unit of work unsaved: the requests denied before this one stay open.
                    if (result.Status != StaffActionStatus.Done) throw new BulkActionStopped(reference, result);
                }
                return StaffActionResult.Done;
            }, cancellationToken);
        }
        catch (BulkActionStopped stopped)
        {
            db.ChangeTracker.Clear();
            var why = stopped.Result.Status == StaffActionStatus.NotFound ? "there is no such request" : stopped.Result.Message;
            return StaffActionResult.Refused($"{stopped.Reference} cannot be denied ({why}); no request was denied.") with { Field = "references" };
        }
    }

    async Task<StaffActionResult> DenyAsync(RequestCase found, DenialCode code, string? ground, string? note, StaffActor actor, CancellationToken ct)
    {
        var (request, instance, now) = (found.Request, found.Instance, clock.GetUtcNow().UtcDateTime);
        if (request.ClosedAtUtc is not null) return StaffActionResult.Refused("The request is closed.");
        if (request.VerifiedAtUtc is not null && !BeforeCarryingOut(found))
            return StaffActionResult.Refused("The request is being carried out; it can be denied only before that starts.");

        request.Outcome = RequestOutcome.Denied;
        request.DenialCode = code.Code;
        request.DenialGround = code.NeedsGround ? ground!.Trim() : null;
        request.DenialNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        request.DenialReason = denialTexts.Reason(code, request.DenialGround);
        await engine.CloseAsync(instance.Id, "RequestDenied", $"{code.Code} ({code.LegalGround}); reason emailed to the requester", actor.UserId, actor.Role, ct);
        MailQueue.Add(db, request, DenialTemplate, emails.Denial(request, request.DenialReason, code.LegalGround, statusLinks.IssueFor(request, now)), now);
        await DeadlineSchedule.RescheduleAsync(db, request, instance.Id, found.Policy, now, ct);
        return StaffActionResult.Done;
    }

    /// <summary>Nothing was done for the requester yet: identity is still being proven, a review awaits, or a step is stuck.</summary>
    static bool BeforeCarryingOut(RequestCase found) =>
        found.CurrentActivity == VerifyIdentityActivity.ActivityName
        || found.Instance.Status == InstanceStatus.Faulted
        || found.Instance.IsWaitingOn(BookmarkKind.Signal, AgentReviewActivity.ReviewedSignal);

    public Task<StaffActionResult> DecideAsync(string reference, IReadOnlyList<FieldDecision>? decisions, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (decisions is null || decisions.Count == 0) return StaffActionResult.Invalid("decisions", "Give at least one decision.");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            return await DecideAsync(found, decisions, actor, ct);
        }, cancellationToken);

    /// <summary>"Approve" for a correction under review: every field not decided yet is accepted, which ends the review.</summary>
    public Task<StaffActionResult> ApproveAsync(string reference, StaffActor actor, CancellationToken cancellationToken, Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var undecided = found.Request.Corrections.Where(i => i.Accepted is null).Select(i => new FieldDecision(i.Field, true, null)).ToList();
            if (undecided.Count == 0 || !found.Instance.IsWaitingOn(BookmarkKind.Signal, AgentReviewActivity.ReviewedSignal))
                return StaffActionResult.Refused("Only a correction waiting for review, with fields still to decide, can be approved.");
            return await DecideAsync(found, undecided, actor, ct);
        }, cancellationToken);

    async Task<StaffActionResult> DecideAsync(RequestCase found, IReadOnlyList<FieldDecision> decisions, StaffActor actor, CancellationToken ct)
    {
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
    }
}
