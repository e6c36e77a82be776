using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Regimes;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Wording;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Status;

/// <summary>Reads what the status page shows; the caller has checked that the reader may see this request.</summary>
public sealed class RequestStatusReader(DsarDbContext db, DefinitionCatalog catalog, RegimeCatalog regimes, RequestWordings wordings)
{
    public async Task<RequestStatus?> ReadAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null) return null;
        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.RequestId == requestId, cancellationToken);
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        var journal = await db.Journal.AsNoTracking().Where(j => j.RequestId == requestId).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        DateTime? waitUntil = instance.BookmarkKind == BookmarkKind.Timer && Guid.TryParse(instance.BookmarkKey, out var timerId)
            ? await db.Timers.AsNoTracking().Where(t => t.Id == timerId).Select(t => (DateTime?)t.DueAtUtc).SingleOrDefaultAsync(cancellationToken)
            : null;

        var policy = definition.PolicyFor(request.RegimeId);
        var wording = wordings.For(request.Type, definition, waitUntil, request.RegimeId);
        var linkExpiresAt = instance.IsWaitingOn(BookmarkKind.Signal, Activities.VerifyIdentityActivity.VerifiedSignal)
            ? await db.RequesterTokens.AsNoTracking().Where(t => t.RequestId == requestId && t.Purpose == Verification.TokenPurpose.Verify)
                .OrderByDescending(t => t.CreatedAtUtc).Select(t => (DateTime?)t.ExpiresAtUtc).FirstOrDefaultAsync(cancellationToken)
            : null;
        var (stage, waitingFor) = StatusWording.Stage(request, instance, definition, wording, linkExpiresAt);
        var awaitsAnswer = request is { AwaitingRequesterSinceUtc: not null, ClosedAtUtc: null };
        var dueDate = RequesterWords.LocalDate(request.DueAtUtc, policy);
        var rules = $"{regimes.Find(request.RegimeId)?.Name ?? request.RegimeId}: we answer within {CalendarPeriod.Parse(policy.ResponsePeriod)}"
            + (request.ExtendedAtUtc is null ? "" : ", extended as we told you") + $", by {dueDate}";
        return new RequestStatus(
            request.Id, request.Reference, definition.Title, stage, waitingFor,
            dueDate, request.IsClockPaused(policy),
            StatusWording.Outcome(request, wording),
            awaitsAnswer ? request.RequesterQuestion : null, awaitsAnswer,
            StatusWording.History(journal, definition, wording)
                .Select(line => new StatusHistoryLine(RequesterWords.LocalDate(line.AtUtc, policy), line.Text)).ToList(),
            rules,
            journal.FirstOrDefault(j => j.Event == Deadlines.ReceiptConfirmations.ConfirmedEvent) is { } confirmed
                ? RequesterWords.LocalDate(confirmed.AtUtc, policy) : null);
    }
}
