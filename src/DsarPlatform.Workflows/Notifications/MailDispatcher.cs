using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Sends committed emails that are not sent yet, oldest first, one at a time over one mail session, and commits each
/// as sent right after the server accepts it. An email is claimed alone (its row locked on a server database, see
/// <see cref="PendingRows"/>), so several hosts never send the same email, and a host killed between the server's
/// accept and that commit leaves only that one email to be sent again, by another host, with the same Message-Id.
/// </summary>
public sealed class MailDispatcher(DsarDbContext db, IMailTransport transport, MailDispatchGate gate, IOptions<EmailOptions> options,
    TimeProvider clock, DatabaseCheckpoint checkpoint)
    : IDeliveryStep
{
    /// <summary>The most emails sent over one session per call; the relay calls again while emails wait.</summary>
    public const int BatchSize = 50;

    /// <returns>How many were sent; a failure keeps those sent before it and leaves the rest for the next round.</returns>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(cancellationToken);
        IMailSession? session = null;
        var (sent, shed) = (0, false);
        try
        {
            while (sent < BatchSize)
            {
                db.ChangeTracker.Clear();
                await using var claim = await PendingRows.BeginClaimAsync(db.Database, cancellationToken);
                var email = (await PendingRows.Claim(db.OutgoingEmails, db.Database, "OutgoingEmails", 1).ToListAsync(cancellationToken)).SingleOrDefault();
                if (email is null) break;
                // Connect only once there is something to send: the relay polls every few seconds.
                session ??= await transport.OpenAsync(cancellationToken);
                await session.SendAsync(ToMime(email), cancellationToken);
                email.Attempts++;
                email.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                shed |= await ShedIfClosedAsync(email, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                if (claim is not null) await claim.CommitAsync(cancellationToken);
                sent++;
            }
            return sent;
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
            if (shed) checkpoint.Request();
        }
    }

    /// <summary>An email sent for a request that is closed by now (e.g. its reply) keeps nothing more than the record needs.</summary>
    async Task<bool> ShedIfClosedAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        if (email.RequestId is not { } requestId
            || !await db.Requests.AnyAsync(r => r.Id == requestId && r.ClosedAtUtc != null, cancellationToken)) return false;
        Requests.EmailShedding.Shed(db, email);
        return true;
    }

    MimeMessage ToMime(OutgoingEmail email)
    {
        var message = new MimeMessage
        {
            MessageId = $"{email.Id:N}@dsar.local",
            Date = new DateTimeOffset(email.CreatedAtUtc, TimeSpan.Zero),
            Subject = email.Subject,
            Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }
}
