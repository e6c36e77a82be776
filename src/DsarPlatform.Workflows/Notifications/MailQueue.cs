using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>Adds an email to the current unit of work, addressed to an email on record only.</summary>
public static class MailQueue
{
    /// <returns>False when the request has no email on record (nothing is ever sent elsewhere).</returns>
    public static bool Add(DsarDbContext db, DsarRequest request, string template, EmailContent content, DateTime nowUtc)
    {
        if (request.RecordEmail is null) return false;
        AddTo(db, request.Id, request.RecordEmail, template, content, nowUtc);
        return true;
    }

    /// <summary>
    /// For the one email that goes to an account the request is not tied to: the holder notice, addressed to
    /// the email on record of the account the data points identified, never to the address typed in the form.
    /// </summary>
    public static void AddTo(DsarDbContext db, Guid requestId, string recordEmail, string template, EmailContent content, DateTime nowUtc) =>
        db.OutgoingEmails.Add(new OutgoingEmail
        {
            RequestId = requestId, Template = template, To = recordEmail,
            Subject = content.Subject, TextBody = content.Text, HtmlBody = content.Html, CreatedAtUtc = nowUtc,
        });

    /// <summary>An email to a member of staff (an invitation): about no request, committed with the account change that caused it.</summary>
    public static void AddStaffEmail(DsarDbContext db, string staffEmail, string template, EmailContent content, DateTime nowUtc) =>
        db.OutgoingEmails.Add(new OutgoingEmail
        {
            Template = template, To = staffEmail,
            Subject = content.Subject, TextBody = content.Text, HtmlBody = content.Html, CreatedAtUtc = nowUtc,
        });
}
