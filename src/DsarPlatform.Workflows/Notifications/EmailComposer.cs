using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// Renders the emails to requesters, in plain text and HTML. Every value is HTML-encoded; durations
/// and deadlines come from the request's definition, never from constants here.
/// </summary>
public sealed class EmailComposer(IOptions<EmailOptions> options)
{
    public EmailContent Verification(DsarRequest request, WorkflowDefinition definition, string token, DateTime expiresAtUtc)
    {
        var link = $"{BaseUrl}/verify/{token}";
        var body = new MailBody()
            .Paragraph($"We received a request to {RequesterWords.Describe(request.Type)} for the account linked to this email address (reference {request.Reference}).")
            .Paragraph("To protect your data, we act only once you confirm that you made this request. Open the link below and press the confirm button:")
            .Link(link, "Confirm my request")
            .Paragraph($"The link works once and expires on {RequesterWords.Instant(expiresAtUtc)} UTC.")
            .Paragraph($"We answer within {CalendarPeriod.Parse(definition.Policy.ResponsePeriod)}. If you did not make this request, ignore this email: nothing will happen without your confirmation.");
        return body.Build($"Please confirm your request {request.Reference}");
    }

    public EmailContent Extension(DsarRequest request, WorkflowPolicy policy, string reason, string? statusToken) =>
        new MailBody()
            .Paragraph($"We need more time to answer your request {request.Reference}, and we are sorry for the delay.")
            .Paragraph($"Why: {reason}")
            .Paragraph($"We will answer by {RequesterWords.LocalDate(request.DueAtUtc, policy)}. This is the only extension we can make.")
            .StatusLink(BaseUrl, statusToken)
            .Build($"We need more time for your request {request.Reference}");

    /// <summary>The answer is given on the status page: one way to answer, behind the same single-use link as the status.</summary>
    public EmailContent InformationNeeded(DsarRequest request, string message, string statusToken) =>
        new MailBody()
            .Paragraph($"To go on with your request {request.Reference} we need something from you:")
            .Paragraph(message)
            .Paragraph("Answer on your request's status page. The link works once; if it has expired, the page lets you ask for a new one:")
            .Link($"{BaseUrl}/status/{statusToken}", "Answer our question")
            .Paragraph("The time we have to answer you is paused until you reply.")
            .Build($"We need more information for your request {request.Reference}");

    public EmailContent AccessReady(DsarRequest request, string token, DateTime expiresAtUtc, string? statusToken) =>
        new MailBody()
            .Paragraph($"The copy of your personal data you asked for (request {request.Reference}) is ready.")
            .Paragraph("It is one file: a report you can read in any browser, with the data itself as JSON and CSV tables. Download it here:")
            .Link($"{BaseUrl}/download/{token}", "Download my data")
            .Paragraph($"To protect it, the page asks for a one-time code that we email to you when you ask for it. The link works once, until {Date(expiresAtUtc)}; after that we delete the file.")
            .StatusLink(BaseUrl, statusToken)
            .Build($"Your data is ready to download ({request.Reference})");

    public EmailContent Denial(DsarRequest request, string reason, string? statusToken) =>
        new MailBody()
            .Paragraph($"We cannot carry out your request {request.Reference}.")
            .Paragraph($"Why: {reason}")
            .Paragraph("You may make a new request at any time. If you think we are wrong, reply to this email, and you have the right to complain to your data protection authority.")
            .StatusLink(BaseUrl, statusToken)
            .Build($"We could not carry out your request {request.Reference}");

    public EmailContent DownloadCode(DsarRequest request, string code) =>
        new MailBody()
            .Paragraph($"Your one-time code to download your data (request {request.Reference}) is:")
            .Paragraph(code)
            .Paragraph("It works for 10 minutes. If you did not ask for it, ignore this email.")
            .Build($"Your download code for {request.Reference}");

    public EmailContent Compose(string template, DsarRequest request, WorkflowDefinition definition, IReadOnlyList<StoreTask> tasks, string? statusToken) =>
        template switch
        {
            "deletion-reply" => DeletionReply(request, definition, tasks, BaseUrl, statusToken),
            "correction-reply" => CorrectionReply(request, tasks, BaseUrl, statusToken),
            _ => throw new InvalidOperationException($"Unknown email template '{template}'."),
        };

    static EmailContent CorrectionReply(DsarRequest request, IReadOnlyList<StoreTask> tasks, string baseUrl, string? statusToken)
    {
        var changedIn = tasks.Where(t => t.Action == Contracts.StoreActions.Rectify && t.Status == StoreTaskStatus.Completed)
            .SelectMany(t => t.Outcome!.Counts.Where(c => c.Count > 0).Select(c => (Field: c.Category.Replace("field:", ""), t.Store)))
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => Words(x.Store))));
        var accepted = request.Corrections.Where(c => c.Accepted == true)
            .Select(c => $"{RequesterWords.Field(c.Field)}: now \"{c.NewValue}\"" + (changedIn.TryGetValue(c.Field, out var stores) ? $" (changed in {stores})" : ""));
        var refused = request.Corrections.Where(c => c.Accepted == false).Select(c => $"{RequesterWords.Field(c.Field)}: {c.DecisionReason}");
        return new MailBody()
            .Paragraph($"We have handled your correction request {request.Reference}. We corrected:")
            .List(accepted)
            .Paragraph("We did not make these changes, for the reasons given:")
            .List(refused)
            .Paragraph("If you disagree with a refusal, reply to this email or complain to your data protection authority.")
            .StatusLink(baseUrl, statusToken)
            .Build($"Your correction request {request.Reference} is done");
    }

    string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    static EmailContent DeletionReply(DsarRequest request, WorkflowDefinition definition, IReadOnlyList<StoreTask> tasks, string baseUrl, string? statusToken)
    {
        var outcomes = tasks.Where(t => t.Status == StoreTaskStatus.Completed).Select(t => (t.Store, Outcome: t.Outcome!)).ToList();
        var erased = outcomes.SelectMany(o => o.Outcome.Counts.Where(c => c.Count > 0).Select(c => $"{Words(c.Category)} ({c.Count}) from {Words(o.Store)}"));
        var retained = outcomes.SelectMany(o => o.Outcome.Retained.Select(r =>
            $"{Words(r.Category)} ({r.Count}) in {Words(o.Store)}: {r.LegalBasis}. Kept until {Date(r.RetainUntilUtc)}, then deleted."));
        var body = new MailBody()
            .Paragraph($"We have carried out your deletion request {request.Reference}. We deleted:")
            .List(erased)
            .Paragraph("The law requires us to keep some records. We kept only these, and only for as long as required:")
            .List(retained)
            .Paragraph($"Your ID may still appear in the public search directory for up to {RequesterWords.PropagationDays(definition)} days while the deletion reaches every directory server. We will check that it is gone.")
            .StatusLink(baseUrl, statusToken);
        return body.Build($"Your deletion request {request.Reference} is done");
    }

    static string Date(DateTime utc) => RequesterWords.Date(utc);

    static string Words(string name) => RequesterWords.Words(name);
}
