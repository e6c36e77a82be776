using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>Adds an email to the current unit of work, addressed to the email on record only.</summary>
public static class MailQueue
{
    /// <returns>False when the request has no email on record (nothing is ever sent elsewhere).</returns>
    public static bool Add(DsarDbContext db, DsarRequest request, string template, EmailContent content, DateTime nowUtc)
    {
        if (request.RecordEmail is null) return false;
        db.OutgoingEmails.Add(new OutgoingEmail
        {
            RequestId = request.Id, Template = template, To = request.RecordEmail,
            Subject = content.Subject, TextBody = content.Text, HtmlBody = content.Html, CreatedAtUtc = nowUtc,
        });
        return true;
    }
}
