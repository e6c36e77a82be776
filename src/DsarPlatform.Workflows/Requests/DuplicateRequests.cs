using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
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
public sealed class DuplicateRequests(DsarDbContext db, DefinitionCatalog catalog, RequesterNoticeComposer notices, StatusLinks statusLinks)
{
    public const string Template = "linked-to-open-request";

    /// <summary>The earliest other open request of the same type for the account <paramref name="request"/> matched.</summary>
    public Task<DsarRequest?> FindOpenAsync(DsarRequest request, CancellationToken cancellationToken) =>
        db.Requests.Where(r => r.AccountId == request.AccountId && r.Type == request.Type && r.ClosedAtUtc == null && r.Id != request.Id)
            .OrderBy(r => r.ReceivedAtUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Joins the step's request to <paramref name="open"/>, in the step's unit of work; the step then completes.</summary>
    public async Task LinkAsync(RequestStepContext step, DsarRequest open, CancellationToken cancellationToken)
    {
        var (duplicate, now) = (step.Request, step.NowUtc);
        duplicate.DuplicateOfRequestId = open.Id;
        duplicate.Outcome = RequestOutcome.LinkedToOpenRequest;
        duplicate.ClosedAtUtc = now;
        await DeadlineSchedule.RescheduleAsync(db, duplicate, step.Instance.Id, step.Definition.Policy, now, cancellationToken);
        step.Journal("LinkedToOpenRequest", $"joined to {open.Reference}; nothing verified or sent for this request");

        var openCase = await RequestCase.LoadAsync(db, catalog, open, cancellationToken);
        openCase.Journal(db, "DuplicateLinked", $"{duplicate.Reference} joined this request", "system", "system", now);

        if (duplicate.Throttled)
        {
            step.Journal("LinkNoticeThrottled", "the account had its daily allowance of emails");
            return;
        }
        var content = notices.LinkedToOpenRequest(duplicate, open, statusLinks.IssueFor(open, now));
        if (MailQueue.Add(db, duplicate, Template, content, now)) step.Journal("EmailQueued", $"{Template} → email on record");
    }
}
