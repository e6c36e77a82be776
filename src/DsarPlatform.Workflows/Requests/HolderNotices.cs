using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Tells the holder on record that someone made a request in their name from another address (S6). The
/// request stays unmatched (no account, no email on record, no verification link), so nothing else is ever
/// sent for it; it waits for an agent as any unmatched request does.
/// </summary>
public sealed class HolderNotices(DsarDbContext db, RequesterNoticeComposer notices, TimeProvider clock)
{
    public const string Template = "holder-notice";

    /// <param name="allowed">Whether the holder's account still had its allowance of emails for the hour (<see cref="IntakeThrottle"/>).</param>
    public void Add(RequestCase started, AccountRecord holder, bool allowed)
    {
        var (request, now) = (started.Request, clock.GetUtcNow().UtcDateTime);
        if (!allowed)
        {
            started.Journal(db, "HolderNoticeThrottled", "the details identified an account that had its allowance of emails for the hour", "system", "system", now);
            return;
        }
        MailQueue.AddTo(db, request.Id, holder.Email, Template, notices.HolderNotice(request), now);
        request.HolderNotifiedAtUtc = now;
        started.Journal(db, "HolderNotified", "the details identified one account; its email on record was told, nothing was sent elsewhere", "system", "system", now);
    }
}
