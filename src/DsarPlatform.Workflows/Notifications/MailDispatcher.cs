using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Sends committed emails that are not sent yet, oldest first, and marks them sent; several hosts share the
/// table without sending an email twice (<see cref="PendingRows"/>).
/// </summary>
public sealed class MailDispatcher(DsarDbContext db, IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock,
    DatabaseCheckpoint checkpoint)
    : IDeliveryStep
{
    public const int BatchSize = 50;

    /// <returns>How many were sent; a failure leaves the rest for the next round.</returns>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        await using var claim = await PendingRows.BeginClaimAsync(db.Database, cancellationToken);
        var pending = await PendingRows.Claim(db.OutgoingEmails, db.Database, "OutgoingEmails", BatchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;

        foreach (var email in pending) email.Attempts++;
        await transport.SendAsync(pending.Select(ToMime).ToList(), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var email in pending) email.SentAtUtc = now;
        var shed = await ShedClosedAsync(pending, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null) await claim.CommitAsync(cancellationToken);
        if (shed) checkpoint.Request();
        return pending.Count;
    }

    /// <summary>An email sent for a request that is closed by now (e.g. its reply) keeps nothing more than the record needs.</summary>
    async Task<bool> ShedClosedAsync(List<OutgoingEmail> sent, CancellationToken cancellationToken)
    {
        var requestIds = sent.Where(e => e.RequestId is not null).Select(e => e.RequestId!.Value).Distinct().ToList();
        if (requestIds.Count == 0) return false;
        var closed = (await db.Requests.Where(r => requestIds.Contains(r.Id) && r.ClosedAtUtc != null).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var email in sent.Where(e => e.RequestId is { } id && closed.Contains(id))) Requests.EmailShedding.Shed(db, email);
        return closed.Count > 0;
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
