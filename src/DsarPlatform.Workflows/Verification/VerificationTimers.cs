using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// The timers of <see cref="VerificationLinks"/>, fired in the sweep's transaction. At a link's expiry a request still
/// waiting for it closes by itself ("not confirmed"; with no account matched, "no matching account"), so it neither
/// piles up in the queue, nor goes overdue, nor takes in a later request; a request an agent recorded by hand (phone,
/// post, email) stays for that agent. A deferred link is sent when due.
/// </summary>
public sealed class VerificationTimers(DsarDbContext db, DefinitionCatalog catalog, WorkflowEngine engine, VerificationLinks links) : ITimerHandler
{
    public const string NotConfirmedEvent = "NotConfirmed";
    public const string NoMatchingAccountEvent = "NoMatchingAccount";

    public IReadOnlyCollection<TimerKind> Kinds { get; } = [TimerKind.VerificationExpiry, TimerKind.VerificationResend];

    public async Task FireAsync(WorkflowTimer timer, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = await db.Requests.SingleAsync(r => r.Id == timer.RequestId, cancellationToken);
        var found = await RequestCase.LoadAsync(db, catalog, request, cancellationToken);
        if (!VerificationLinks.AwaitsLink(found)) return;
        if (timer.Kind == TimerKind.VerificationResend) await links.SendAsync(found, nowUtc, cancellationToken);
        else await ExpireAsync(found, nowUtc, cancellationToken);
    }

    async Task ExpireAsync(RequestCase found, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = found.Request;
        // A later link still works, or one is on its way: its own expiry timer decides.
        if (await db.RequesterTokens.AnyAsync(t => t.RequestId == request.Id && t.Purpose == TokenPurpose.Verify && t.UsedAtUtc == null && t.ExpiresAtUtc > nowUtc, cancellationToken)
            || await db.Timers.AnyAsync(t => t.RequestId == request.Id && t.Kind == TimerKind.VerificationResend && t.FiredAtUtc == null, cancellationToken))
            return;

        var matched = request.RecordEmail is not null;
        if (!matched && IntakeChannels.Recorded.Contains(request.Channel)) return;
        request.Outcome = matched ? RequestOutcome.NotConfirmed : RequestOutcome.NoMatchingAccount;
        await engine.CloseAsync(found.Instance.Id, matched ? NotConfirmedEvent : NoMatchingAccountEvent,
            matched ? "not confirmed: the link sent to the email on record expired unused; nothing was done"
                : "no matching account: nobody could confirm it within the link's lifetime; nothing was done",
            "system", "system", cancellationToken);
        await DeadlineSchedule.RescheduleAsync(db, request, found.Instance.Id, found.Policy, nowUtc, cancellationToken);
    }
}
