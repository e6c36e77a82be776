using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Sends committed emails that are not sent yet, oldest first, one at a time over one mail session, and commits each
/// as sent right after the server accepts it. An email is claimed alone (its row locked on a server database, see
/// <see cref="PendingRows"/>), so several hosts never send the same email, and a host killed between the server's
/// accept and that commit leaves only that one email to be sent again, by another host, with the same Message-Id.
/// On a transport where a resend replaces the first copy (<see cref="IMailTransport.ResendReplaces"/>: the pickup
/// folder) a round's emails are claimed and committed together instead, since sending one again changes nothing.
/// An email refused for good is marked so instead (<see cref="EmailRefusals"/>), one whose recipient is put off (4xx)
/// waits for a later round, and the next one goes out.
/// </summary>
public sealed class MailDispatcher(DsarDbContext db, IMailTransport transport, MailDispatchGate gate, IOptions<EmailOptions> options,
    TimeProvider clock, DatabaseCheckpoint checkpoint, ILogger<MailDispatcher> logger)
    : IDeliveryStep
{
    /// <summary>The most emails sent over one session per call; the relay calls again while emails wait.</summary>
    public const int BatchSize = 50;

    /// <returns>
    /// How many were settled: sent, put off until later, or refused for good (<see cref="EmailRefusals"/>). Any other
    /// failure keeps those committed before it and leaves the rest for the next round.
    /// </returns>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        // Our own address first: if it cannot be written, that fails the round (every email), never one email.
        _ = MailboxAddress.Parse(options.Value.From);
        // Where sending again replaces the first copy (the pickup folder), the emails of a round are committed together:
        // a crash before that commit writes the same files again. Elsewhere each is committed once the server accepts it.
        var perCommit = transport.ResendReplaces ? BatchSize : 1;
        IMailSession? session = null;
        var (settled, shed) = (0, false);
        try
        {
            while (settled < BatchSize)
            {
                db.ChangeTracker.Clear();
                await using var claim = await PendingRows.BeginClaimAsync(db.Database, cancellationToken);
                var emails = await NextDue(clock.GetUtcNow().UtcDateTime, perCommit).ToListAsync(cancellationToken);
                if (emails.Count == 0) break;
                foreach (var email in emails)
                {
                    session = await SettleAsync(email, session, cancellationToken);
                    shed |= await ShedIfClosedAsync(email, cancellationToken);
                }
                await db.SaveChangesAsync(cancellationToken);
                if (claim is not null) await claim.CommitAsync(cancellationToken);
                settled += emails.Count;
            }
            return settled;
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
            if (shed) checkpoint.Request();
        }
    }

    /// <summary>The oldest emails to send now: not sent, not refused, not put off until later; locked on a server database (<see cref="PendingRows"/>).</summary>
    IQueryable<OutgoingEmail> NextDue(DateTime nowUtc, int count)
    {
        const string due = "\"SentAtUtc\" IS NULL AND \"RefusedAtUtc\" IS NULL AND (\"NextAttemptAtUtc\" IS NULL OR \"NextAttemptAtUtc\" <= {0})";
        return db.Database.ProviderName switch
        {
            PendingRows.PostgreSql => db.OutgoingEmails.FromSqlRaw(
                "SELECT * FROM \"OutgoingEmails\" WHERE " + due + " ORDER BY \"CreatedAtUtc\" LIMIT {1} FOR UPDATE SKIP LOCKED", nowUtc, count),
            PendingRows.SqlServer => db.OutgoingEmails.FromSqlRaw(
                "SELECT TOP ({1}) * FROM [OutgoingEmails] WITH (UPDLOCK, ROWLOCK, READPAST) WHERE " + due + " ORDER BY [CreatedAtUtc]", nowUtc, count),
            _ => db.OutgoingEmails.Where(e => e.SentAtUtc == null && e.RefusedAtUtc == null && (e.NextAttemptAtUtc == null || e.NextAttemptAtUtc <= nowUtc))
                .OrderBy(e => e.CreatedAtUtc).Take(count),
        };
    }

    /// <summary>Sends one email, or settles its refusal; returns the session for the next (null after a refusal: a fresh line then).</summary>
    async Task<IMailSession?> SettleAsync(OutgoingEmail email, IMailSession? session, CancellationToken cancellationToken)
    {
        if (await SendAsync(email, session ??= await transport.OpenAsync(cancellationToken), cancellationToken) is { } refused)
        {
            await SettleRefusedAsync(email, refused, cancellationToken);
            // The refused exchange may have left this line mid-transaction.
            await session.DisposeAsync();
            return null;
        }
        email.Attempts++;
        email.SentAtUtc = clock.GetUtcNow().UtcDateTime;
        return session;
    }

    /// <returns>Null once the server accepted it; the refusal, when the address cannot be written or the server refused its recipient.</returns>
    async Task<MailRefusedException?> SendAsync(OutgoingEmail email, IMailSession session, CancellationToken cancellationToken)
    {
        if (!MailboxAddress.TryParse(email.To, out var to)) return new MailRefusedException("the address cannot be written in an email");
        try
        {
            await session.SendAsync(ToMime(email, to), cancellationToken);
            return null;
        }
        catch (MailRefusedException refused)
        {
            return refused;
        }
    }

    /// <summary>
    /// Put off (4xx): tried again after a wait that doubles each time, so the emails behind it go out meanwhile; given up
    /// once it has waited <see cref="EmailOptions.GiveUpAfter"/> since it was queued. Refused for good: at once.
    /// </summary>
    async Task SettleRefusedAsync(OutgoingEmail email, MailRefusedException refused, CancellationToken cancellationToken)
    {
        var (now, settings) = (clock.GetUtcNow().UtcDateTime, options.Value);
        if (refused.Temporary && now - email.CreatedAtUtc < settings.GiveUpAfter)
        {
            email.Attempts++;
            email.Refusal = refused.Reason;
            var wait = settings.RetryDelay * Math.Pow(2, Math.Min(email.Attempts - 1, 20));
            email.NextAttemptAtUtc = now + (wait < settings.MaxRetryDelay ? wait : settings.MaxRetryDelay);
            logger.LogWarning("Outgoing message {MessageId} was put off ({Refusal}); next try at {NextAttemptAtUtc:O}", email.Id, refused.Reason, email.NextAttemptAtUtc);
            return;
        }
        var reason = refused.Temporary ? $"{refused.Reason}, still after {settings.GiveUpAfter.TotalHours:0.#} h of tries" : refused.Reason;
        email.NextAttemptAtUtc = null;
        await EmailRefusals.RefuseAsync(db, email, reason, now, cancellationToken);
        logger.LogWarning("Outgoing message {MessageId} was refused for good ({Refusal}); it is not sent again", email.Id, reason);
    }

    /// <summary>An email sent for a request that is closed by now (e.g. its reply) keeps nothing more than the record needs.</summary>
    async Task<bool> ShedIfClosedAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (email.RequestId is not { } requestId
            || !await db.Requests.AnyAsync(r => r.Id == requestId && r.ClosedAtUtc != null, cancellationToken)) return false;
        Requests.EmailShedding.Shed(db, email);
        return true;
    }

    MimeMessage ToMime(OutgoingEmail email, MailboxAddress to)
    {
        var message = new MimeMessage
        {
            MessageId = $"{email.Id:N}@dsar.local",
            Date = new DateTimeOffset(email.CreatedAtUtc, TimeSpan.Zero),
            Subject = email.Subject,
            Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(to);
        return message;
    }
}
