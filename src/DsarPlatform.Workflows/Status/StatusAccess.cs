using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Status;

/// <summary>
/// Who may see a request's status: whoever redeems a status link (a POST; mail scanners only GET). A used or
/// expired link still names its request, so it can get a fresh link sent to the email on record, and only there.
/// </summary>
public sealed class StatusAccess(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, IntakeThrottle throttle,
    StatusLinks statusLinks, RequesterNoticeComposer notices, TimeProvider clock)
{
    public const string NewLinkTemplate = "status-link";

    /// <returns>The request the link opens, once; null for unknown, used, expired and other-purpose links alike.</returns>
    public async Task<Guid?> RedeemAsync(string? token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await RequesterTokens.FindUsableAsync(db, token, TokenPurpose.Status, now, cancellationToken);
        if (stored is null) return null;
        // A conditional update, so of two presses at once only one redeems the link.
        var used = await db.RequesterTokens.Where(t => t.Id == stored.Id && t.UsedAtUtc == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.UsedAtUtc, now), cancellationToken);
        return used == 1 ? stored.RequestId : null;
    }

    /// <summary>
    /// Sends a fresh status link to the email on record of the request <paramref name="token"/> was issued for,
    /// within the account's allowance (a rate per hour). Says nothing back: the caller shows the same page whatever happened.
    /// </summary>
    public async Task SendNewLinkAsync(string? token, CancellationToken cancellationToken)
    {
        if (await RequesterTokens.FindAsync(db, token, cancellationToken) is not { Purpose: TokenPurpose.Status } stored) return;
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == stored.RequestId, cancellationToken);
        // A closed request's record still serves its own status page until the records purge (the requester's access to
        // the answer), and nothing else.
        if (request is not { RecordEmail: not null, AccountId: { } accountId }) return;
        var allowed = await throttle.MaySendAsync(accountId, cancellationToken);

        await engine.CommitAsync(async ct =>
        {
            var found = await RequestCase.LoadAsync(db, catalog, request.Reference, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (found is null) return false;
            if (!allowed)
            {
                found.Journal(db, "StatusLinkThrottled", "the account had its allowance of emails for the hour", "requester", "DataSubject", now);
                return false;
            }
            var content = notices.NewStatusLink(found.Request, statusLinks.Issue(found.Request.Id, now));
            MailQueue.Add(db, found.Request, NewLinkTemplate, content, now);
            found.Journal(db, "StatusLinkSent", $"{NewLinkTemplate} → email on record", "requester", "DataSubject", now);
            return true;
        }, cancellationToken);
    }
}
