using DsarPlatform.Workflows.Notifications;

namespace DsarPlatform.Workflows.Wording;

/// <summary>What an email template's tags collect while it renders: the subject, the body's blocks and an open list's items.</summary>
sealed class MailDraft(string template)
{
    public const string Key = "mail";

    public MailBody Body { get; } = new();
    public string? Subject { get; set; }
    public List<string>? Items { get; set; }

    public EmailContent Build() =>
        Subject is { Length: > 0 } subject
            ? Body.Build(subject)
            : throw new InvalidOperationException($"templates/emails/{template}.liquid has no {{% subject %}}.");
}
