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
public sealed class MailDispatcher(DsarDbContext db, IMailTransport transport, IOptions<EmailOptions> options, TimeProvider clock)
    : IDeliveryStep
{
    const int BatchSize = 50;

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
        await db.SaveChangesAsync(cancellationToken);
        if (claim is not null) await claim.CommitAsync(cancellationToken);
        return pending.Count;
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
