using System.Xml;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// The confirmation links of a request waiting on its requester, each sent only to the email on record. Every link
/// comes with a timer at its expiry (<see cref="VerificationTimers"/> closes the request if it is still unconfirmed
/// then), and a fresh link voids the earlier ones. A repeat of the request asks for a fresh link: sent now, or, if the
/// last one is younger than <see cref="IntakeThrottleOptions.LinkResendInterval"/>, by a timer when it is that old.
/// Everything is added to the caller's unit of work.
/// </summary>
public sealed class VerificationLinks(DsarDbContext db, EmailComposer emails, IOptions<IntakeThrottleOptions> options)
{
    public const string Template = "verification";
    public const string ExpiryPurpose = "verification-link-expiry";
    public const string ResendPurpose = "verification-link-resend";

    /// <summary>A fresh link to the email on record; earlier unused links of the request stop working now.</summary>
    public async Task SendAsync(RequestCase found, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = found.Request;
        var earlier = await db.RequesterTokens
            .Where(t => t.RequestId == request.Id && t.Purpose == TokenPurpose.Verify && t.UsedAtUtc == null && t.ExpiresAtUtc > nowUtc)
            .ToListAsync(cancellationToken);
        foreach (var token in earlier) token.ExpiresAtUtc = nowUtc;

        var expiresAt = nowUtc + Lifetime(found);
        var raw = RequesterTokens.Issue(db, request.Id, TokenPurpose.Verify, nowUtc, Lifetime(found));
        if (MailQueue.Add(db, request, Template, emails.Verification(request, found.Definition, raw, expiresAt), nowUtc))
            found.Journal(db, "EmailQueued", $"{Template} → email on record; works until {expiresAt:O}", "system", "system", nowUtc);
        ScheduleExpiry(found, expiresAt);
    }

    /// <summary>A request no account matched gets no link, but the same period: then it closes unless an agent can act on it.</summary>
    public void ScheduleExpiryWithoutLink(RequestCase found, DateTime nowUtc) => ScheduleExpiry(found, nowUtc + Lifetime(found));

    /// <summary>
    /// A repeat asked for a fresh link: sent now if the last one is at least the resend interval old, else when it is.
    /// Repeats in between change nothing: one link is due, whoever asks and how often.
    /// </summary>
    public async Task RequestFreshAsync(RequestCase found, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var requestId = found.Request.Id;
        if (await db.Timers.AnyAsync(t => t.RequestId == requestId && t.Kind == TimerKind.VerificationResend && t.FiredAtUtc == null, cancellationToken))
            return;
        var last = await db.RequesterTokens.Where(t => t.RequestId == requestId && t.Purpose == TokenPurpose.Verify)
            .MaxAsync(t => (DateTime?)t.CreatedAtUtc, cancellationToken);
        var next = last + options.Value.LinkResendInterval;
        if (next is null || next <= nowUtc)
        {
            await SendAsync(found, nowUtc, cancellationToken);
            return;
        }
        db.Timers.Add(Timer(found, TimerKind.VerificationResend, ResendPurpose, next.Value));
        found.Journal(db, "VerificationLinkDeferred", $"a fresh link goes to the email on record at {next:O}", "system", "system", nowUtc);
    }

    /// <summary>True while the request waits for its requester to press the confirmation link.</summary>
    public static bool AwaitsLink(RequestCase found) =>
        found.Request.ClosedAtUtc is null && found.Instance.IsWaitingOn(BookmarkKind.Signal, Activities.VerifyIdentityActivity.VerifiedSignal);

    void ScheduleExpiry(RequestCase found, DateTime dueAtUtc) => db.Timers.Add(Timer(found, TimerKind.VerificationExpiry, ExpiryPurpose, dueAtUtc));

    static WorkflowTimer Timer(RequestCase found, TimerKind kind, string purpose, DateTime dueAtUtc) =>
        new() { InstanceId = found.Instance.Id, RequestId = found.Request.Id, Kind = kind, Purpose = purpose, DueAtUtc = dueAtUtc };

    static TimeSpan Lifetime(RequestCase found) => XmlConvert.ToTimeSpan(found.Policy.VerificationLinkLifetime);
}
