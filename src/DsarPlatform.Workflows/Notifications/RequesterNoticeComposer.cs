using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Wording;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The emails that tell people where they stand rather than carry an answer: the receipt confirmation the rules may
/// require, the receipt once identity is verified, the notice to an account holder named by someone else, the note that a repeated request was
/// joined to the open one, and a fresh status link. The words are in templates/emails; dates come from the
/// request and its definition.
/// </summary>
public sealed class RequesterNoticeComposer(IOptions<EmailOptions> options, EmailTemplates templates, RequestWordings wordings)
{
    public EmailContent Receipt(DsarRequest request, WorkflowDefinition definition, string? statusToken)
    {
        var wording = wordings.For(request.Type, definition);
        return templates.Render("receipt", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["type"] = new Dictionary<string, object> { ["describe"] = wording.Describe, ["next_steps"] = wording.NextSteps },
            ["changes"] = request.Corrections
                .Select(c => new Dictionary<string, object> { ["field"] = RequesterWords.Field(c.Field), ["new_value"] = c.NewValue }).ToList(),
            ["due_date"] = RequesterWords.LocalDate(request.DueAtUtc, definition.PolicyFor(request.RegimeId)),
            ["status_url"] = StatusUrl(statusToken),
        });
    }

    /// <summary>The receipt confirmation some rules require (CCPA: within 10 business days): received, its reference, the due date and the period.</summary>
    public EmailContent ReceiptConfirmation(DsarRequest request, WorkflowDefinition definition)
    {
        var policy = definition.PolicyFor(request.RegimeId);
        return templates.Render("receipt-confirmation", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["type"] = new Dictionary<string, object> { ["describe"] = wordings.For(request.Type, definition).Describe },
            ["due_date"] = RequesterWords.LocalDate(request.DueAtUtc, policy),
            ["response_period"] = CalendarPeriod.Parse(policy.ResponsePeriod).ToString(policy.Counting == DayCounting.Business),
        });
    }

    /// <summary>
    /// To the email on record of an account that the submitted details pointed to: says what was asked and that
    /// nothing happened, and how the holder can make the request themselves. No link acts on the request.
    /// </summary>
    public EmailContent HolderNotice(DsarRequest request) =>
        templates.Render("holder-notice", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["type"] = new Dictionary<string, object> { ["verb"] = wordings.For(request.Type).Verb },
            ["form_url"] = $"{BaseUrl}/",
        });

    public EmailContent LinkedToOpenRequest(DsarRequest duplicate, DsarRequest open, string? statusToken) =>
        templates.Render("linked-to-open-request", new Dictionary<string, object>
        {
            ["reference"] = duplicate.Reference,
            ["open_reference"] = open.Reference,
            ["type"] = new Dictionary<string, object> { ["describe"] = wordings.For(duplicate.Type).Describe },
            ["status_url"] = StatusUrl(statusToken),
        });

    public EmailContent NewStatusLink(DsarRequest request, string statusToken) =>
        templates.Render("new-status-link", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["status_url"] = StatusUrl(statusToken),
        });

    string StatusUrl(string? token) => token is null ? "" : $"{BaseUrl}/status/{token}";

    string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');
}
