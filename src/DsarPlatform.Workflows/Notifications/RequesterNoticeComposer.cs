using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The emails that tell people where they stand rather than carry an answer: the receipt once identity is
/// verified, the notice to an account holder named by someone else, the note that a repeated request was
/// joined to the open one, and a fresh status link. Dates come from the request and its definition.
/// </summary>
public sealed class RequesterNoticeComposer(IOptions<EmailOptions> options)
{
    public EmailContent Receipt(DsarRequest request, WorkflowDefinition definition, string? statusToken)
    {
        var body = new MailBody()
            .Paragraph($"We have confirmed that your request {request.Reference} comes from you, and we are working on it.")
            .Paragraph($"You asked us to {RequesterWords.Describe(request.Type)}.");
        if (request.Corrections.Count > 0) body.List(request.Corrections.Select(c => $"{RequesterWords.Field(c.Field)}: change to \"{c.NewValue}\""));
        return body
            .Paragraph($"We will answer by {RequesterWords.LocalDate(request.DueAtUtc, definition.Policy)}.")
            .Paragraph(NextSteps(request.Type, definition))
            .StatusLink(BaseUrl, statusToken)
            .Build($"We are working on your request {request.Reference}");
    }

    /// <summary>
    /// To the email on record of an account that the submitted details pointed to: says what was asked and that
    /// nothing happened, and how the holder can make the request themselves. No link acts on the request.
    /// </summary>
    public EmailContent HolderNotice(DsarRequest request) =>
        new MailBody()
            .Paragraph($"Someone asked us to {RequesterWords.Verb(request.Type)} the personal data of the account linked to this email address, giving a different email address (reference {request.Reference}).")
            .Paragraph("We have done nothing with your data and disclosed nothing: we only act on requests confirmed from the email address on your account.")
            .Paragraph("If it was you, please make the request again on our privacy requests page and give this email address or your account ID, so that we can send the confirmation link here:")
            .Link($"{BaseUrl}/", "Make a privacy request")
            .Paragraph("If it was not you, you need not do anything. You may reply to this email to tell us.")
            .Build($"Someone made a privacy request naming your account ({request.Reference})");

    public EmailContent LinkedToOpenRequest(DsarRequest duplicate, DsarRequest open, string? statusToken) =>
        new MailBody()
            .Paragraph($"We received a new request to {RequesterWords.Describe(duplicate.Type)} (reference {duplicate.Reference}) for the account linked to this email address.")
            .Paragraph($"A request of the same kind, {open.Reference}, is already open, so we joined the new one to it and closed the new one. Nothing else changes: the open request goes on as before, and still needs your confirmation if we asked for it.")
            .StatusLink(BaseUrl, statusToken)
            .Build($"Your request {duplicate.Reference} was joined to {open.Reference}");

    public EmailContent NewStatusLink(DsarRequest request, string statusToken) =>
        new MailBody()
            .Paragraph($"You asked for a new link to follow your request {request.Reference}.")
            .StatusLink(BaseUrl, statusToken)
            .Paragraph("If you did not ask for it, ignore this email.")
            .Build($"Your new status link for {request.Reference}");

    static string NextSteps(RequestType type, WorkflowDefinition definition) => type switch
    {
        RequestType.Access => "Next, we collect a copy of your data from each of our systems and email you a link to download it, protected by a one-time code.",
        RequestType.Correction => "Next, our team looks at each change you asked for. We make the ones that are right in every system that holds the data and email you what we changed, and why we refused anything.",
        _ => $"Next, we delete your data from each of our systems, keeping only what the law requires, and email you what we deleted and kept. Your ID may still show in the public search directory for up to {RequesterWords.PropagationDays(definition)} days after that.",
    };

    string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');
}
