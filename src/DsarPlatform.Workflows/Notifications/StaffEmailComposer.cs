using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Wording;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Emails to staff, from templates/emails like the requesters' ones. They carry the reference, what is due and a link to
/// the request's page in the console, never the requester's personal data (the page shows that, to staff who sign in).
/// </summary>
public sealed class StaffEmailComposer(IOptions<EmailOptions> options, EmailTemplates templates)
{
    public const string DeadlineNoticeTemplate = "deadline-notice";

    public EmailContent DeadlineNotice(DsarRequest request, WorkflowPolicy policy, bool overdue) =>
        templates.Render(DeadlineNoticeTemplate, new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["overdue"] = overdue,
            ["due_date"] = RequesterWords.LocalDate(request.DueAtUtc, policy),
            ["request_url"] = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/staff/requests/{Uri.EscapeDataString(request.Reference)}",
        });
}
