using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Wording;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Renders the emails to requesters from templates/emails, in plain text and HTML (every value HTML-encoded).
/// Durations and deadlines come from the request's definition, never from constants here.
/// </summary>
public sealed class EmailComposer(IOptions<EmailOptions> options, EmailTemplates templates, RequestWordings wordings)
{
    public EmailContent Verification(DsarRequest request, WorkflowDefinition definition, string token, DateTime expiresAtUtc) =>
        templates.Render("verification", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["type"] = new Dictionary<string, object> { ["describe"] = wordings.For(request.Type, definition).Describe },
            ["verify_url"] = $"{BaseUrl}/verify/{token}",
            ["expires_at"] = RequesterWords.Instant(expiresAtUtc),
            ["response_period"] = CalendarPeriod.Parse(definition.PolicyFor(request.RegimeId).ResponsePeriod).ToString(),
        });

    public EmailContent Extension(DsarRequest request, WorkflowPolicy policy, string reason, string? statusToken) =>
        templates.Render("extension", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["reason"] = reason,
            ["due_date"] = RequesterWords.LocalDate(request.DueAtUtc, policy),
            ["status_url"] = StatusUrl(statusToken),
        });

    /// <summary>The answer is given on the status page: one way to answer, behind the same single-use link as the status.</summary>
    public EmailContent InformationNeeded(DsarRequest request, string message, string statusToken) =>
        templates.Render("information-needed", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["message"] = message,
            ["answer_url"] = StatusUrl(statusToken),
        });

    public EmailContent AccessReady(DsarRequest request, string token, DateTime expiresAtUtc, string? statusToken) =>
        templates.Render("access-ready", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["download_url"] = $"{BaseUrl}/download/{token}",
            ["expires_on"] = RequesterWords.Date(expiresAtUtc),
            ["status_url"] = StatusUrl(statusToken),
        });

    /// <param name="reason">The denial code's text (templates/denials).</param>
    /// <param name="legalGround">The code's legal ground, a short citation.</param>
    public EmailContent Denial(DsarRequest request, string reason, string legalGround, string? statusToken) =>
        templates.Render("denial", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["reason"] = reason,
            ["legal_ground"] = legalGround,
            ["status_url"] = StatusUrl(statusToken),
        });

    public EmailContent DownloadCode(DsarRequest request, string code) =>
        templates.Render("download-code", new Dictionary<string, object> { ["reference"] = request.Reference, ["code"] = code });

    /// <summary>The download link was closed by its limits: how to get a new package.</summary>
    public EmailContent DownloadLinkClosed(DsarRequest request) =>
        templates.Render("download-link-closed", new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["new_request_url"] = $"{BaseUrl}/requests/access",
        });

    /// <summary>A workflow's reply, by the template its NotifySubject step names; every reply gets the same values (<see cref="ReplyValues"/>).</summary>
    /// <param name="disclosures">The disclosures for direct marketing the stores answered, opened (<see cref="DisclosureAnswers"/>); none for other types.</param>
    public EmailContent Compose(string template, DsarRequest request, WorkflowDefinition definition, IReadOnlyList<StoreTask> tasks,
        IReadOnlyList<Incident> incidents, string? statusToken, IReadOnlyList<MarketingDisclosure>? disclosures = null) =>
        templates.Render(template, ReplyValues.For(request, definition, tasks, incidents, StatusUrl(statusToken), disclosures ?? []));

    /// <summary>
    /// A request answered at most once a calendar year that already had its answer this year: closed, with the date of
    /// that answer (a local date in the policy's time zone).
    /// </summary>
    public EmailContent AnsweredEarlierThisYear(DsarRequest request, WorkflowDefinition definition, DateTime answeredAtUtc, string? statusToken) =>
        templates.Render(AnsweredEarlierTemplate, new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["type"] = new Dictionary<string, object> { ["describe"] = wordings.For(request.Type, definition).Describe },
            ["answered_on"] = RequesterWords.LocalDate(answeredAtUtc, definition.Policy),
            ["status_url"] = StatusUrl(statusToken),
        });

    public const string AnsweredEarlierTemplate = "answered-earlier-this-year";

    string StatusUrl(string? token) => token is null ? "" : $"{BaseUrl}/status/{token}";

    string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');
}
