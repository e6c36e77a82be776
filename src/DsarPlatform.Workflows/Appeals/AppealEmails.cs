using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Wording;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Appeals;

/// <summary>
/// What the requester hears of an appeal, at the email on record: its receipt (templates/emails/appeal-received) and the
/// decision (appeal-upheld, appeal-reversed).
/// </summary>
public sealed class AppealEmails(IOptions<EmailOptions> options, EmailTemplates templates)
{
    public const string ReceivedTemplate = "appeal-received";
    public const string UpheldTemplate = "appeal-upheld";
    public const string ReversedTemplate = "appeal-reversed";

    /// <param name="decideBy">The appeal's due date as the requester reads it.</param>
    public EmailContent Received(DsarRequest appeal, DsarRequest denied, string decideBy, string? statusToken)
    {
        var values = Values(appeal, denied, "", statusToken);
        values["due_date"] = decideBy;
        return templates.Render(ReceivedTemplate, values);
    }

    /// <param name="statusToken">A status link to the denied request, whose page shows the appeal.</param>
    public EmailContent Upheld(DsarRequest appeal, DsarRequest denied, string reason, string? statusToken) =>
        templates.Render(UpheldTemplate, Values(appeal, denied, reason, statusToken));

    /// <param name="policy">The reopened request's policy, to read its new due date in its time zone.</param>
    public EmailContent Reversed(DsarRequest appeal, DsarRequest reopened, string? reason, WorkflowPolicy policy, string? statusToken)
    {
        var values = Values(appeal, reopened, reason ?? "", statusToken);
        values["due_date"] = RequesterWords.LocalDate(reopened.DueAtUtc, policy);
        return templates.Render(ReversedTemplate, values);
    }

    Dictionary<string, object> Values(DsarRequest appeal, DsarRequest denied, string reason, string? statusToken) => new()
    {
        ["reference"] = denied.Reference,
        ["appeal_reference"] = appeal.Reference,
        ["reason"] = reason,
        ["status_url"] = statusToken is null ? "" : $"{options.Value.PublicBaseUrl.TrimEnd('/')}/status/{statusToken}",
    };
}
