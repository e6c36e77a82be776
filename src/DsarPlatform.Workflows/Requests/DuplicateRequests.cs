using DsarPlatform.Workflows.Activities;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// A second request of the same type for the same account while one is open is joined to the open one and closed
/// at once. It is never a way around verification: it verifies nothing and changes nothing on the open request but
/// its journal and what it sends to the email on record. Only an open request whose link was pressed takes a repeat
/// in quietly (one email with its status link, within the account's allowance). One still waiting for its link gets
/// a fresh link instead (<see cref="VerificationLinks.RequestFreshAsync"/>), so whoever opened it first, the holder's
/// own repeat always brings them a working link within the resend interval.
/// </summary>
public sealed class DuplicateRequests(DsarDbContext db, DefinitionCatalog catalog, RequesterNoticeComposer notices, StatusLinks statusLinks, VerificationLinks links)
{
    public const string Template = "linked-to-open-request";

    /// <summary>The earliest other open request of the same type for the account <paramref name="request"/> matched.</summary>
    public async Task<RequestCase?> FindOpenAsync(DsarRequest request, CancellationToken cancellationToken)
    {
        var open = await db.Requests.Where(r => r.AccountId == request.AccountId && r.Type == request.Type && r.ClosedAtUtc == null && r.Id != request.Id)
            .OrderBy(r => r.ReceivedAtUtc).FirstOrDefaultAsync(cancellationToken);
        return open is null ? null : await RequestCase.LoadAsync(db, catalog, open, cancellationToken);
    }

    /// <summary>
    /// Joins the step's request to <paramref name="open"/>, in the step's unit of work; the step then completes.
    /// <paramref name="mayNotify"/> claims the account's allowance for the status-link note, asked only when one is due.
    /// </summary>
    public async Task LinkAsync(RequestStepContext step, RequestCase open, Func<Task<bool>> mayNotify, CancellationToken cancellationToken)
    {
        var (duplicate, now) = (step.Request, step.NowUtc);
        var awaitsLink = VerificationLinks.AwaitsLink(open);
        duplicate.DuplicateOfRequestId = open.Request.Id;
        duplicate.Outcome = RequestOutcome.LinkedToOpenRequest;
        duplicate.ClosedAtUtc = now;
        await DeadlineSchedule.RescheduleAsync(db, duplicate, step.Instance.Id, step.Policy, now, cancellationToken);
        step.Journal("LinkedToOpenRequest", awaitsLink
            ? $"joined to {open.Request.Reference}, still unconfirmed: a fresh link for it goes to the email on record"
            : $"joined to {open.Request.Reference}; nothing verified or sent for this request");
        open.Journal(db, "DuplicateLinked", $"{duplicate.Reference} joined this request", "system", "system", now);

        if (awaitsLink)
        {
            await links.RequestFreshAsync(open, now, cancellationToken);
            return;
        }
        duplicate.Throttled = !await mayNotify();
        if (duplicate.Throttled)
        {
            step.Journal("LinkNoticeThrottled", "the account had its allowance of emails for the hour");
            return;
        }
        var content = notices.LinkedToOpenRequest(duplicate, open.Request, statusLinks.IssueFor(open.Request, now));
        if (MailQueue.Add(db, duplicate, Template, content, now)) step.Journal("EmailQueued", $"{Template} → email on record");
    }
}
