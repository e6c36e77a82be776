using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Agents decide each requested correction (accept, or refuse with a reason). Decisions can come in
/// several calls; once every field is decided the review step ends and accepted changes go to the stores.
/// </summary>
public sealed class ReviewActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, TimeProvider clock)
{
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
