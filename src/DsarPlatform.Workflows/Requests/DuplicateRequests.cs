using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// A second request of the same type for the same account while one is open is joined to the open one and
/// closed at once. It is never a way around verification: it verifies nothing, changes nothing on the open
/// request but its journal, and its only effect is one email to the holder on record with the open request's
/// status link (within the account's daily allowance).
/// </summary>
public sealed class DuplicateRequests(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog,
    RequesterNoticeComposer notices, StatusLinks statusLinks, TimeProvider clock)
{
    public const string Template = "linked-to-open-request";

    public Task<DsarRequest?> FindOpenAsync(string accountId, RequestType type, CancellationToken cancellationToken) =>
        db.Requests.Where(r => r.AccountId == accountId && r.Type == type && r.ClosedAtUtc == null)
            .OrderBy(r => r.ReceivedAtUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds <paramref name="duplicate"/> (already added to the context) closed and linked, in the caller's unit of work.</summary>
    public async Task LinkAsync(DsarRequest duplicate, DsarRequest open, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        duplicate.DuplicateOfRequestId = open.Id;
        duplicate.Outcome = RequestOutcome.LinkedToOpenRequest;
        duplicate.ClosedAtUtc = now;
        var instance = engine.StartClosed(duplicate.Id, definition, "LinkedToOpenRequest", $"joined to {open.Reference}; nothing verified or sent for this request");
        var linked = new RequestCase(duplicate, instance, definition);

        var openCase = await RequestCase.LoadAsync(db, catalog, open, cancellationToken);
        openCase.Journal(db, "DuplicateLinked", $"{duplicate.Reference} joined this request", "system", "system", now);

        if (duplicate.Throttled)
        {
            linked.Journal(db, "LinkNoticeThrottled", "the account had its daily allowance of emails", "system", "system", now);
            return;
        }
        var content = notices.LinkedToOpenRequest(duplicate, open, statusLinks.IssueFor(open, now));
        if (MailQueue.Add(db, duplicate, Template, content, now))
            linked.Journal(db, "EmailQueued", $"{Template} → email on record", "system", "system", now);
    }
}
