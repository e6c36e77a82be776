namespace DsarPlatform.Workflows.Notifications;

/// <summary>A rendered email: subject, plain text and HTML.</summary>
public sealed record EmailContent(string Subject, string Text, string Html);
