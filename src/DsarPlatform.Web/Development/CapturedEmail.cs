namespace DsarPlatform.Web.Development;

/// <summary>An email from the pickup folder, as the development mailbox shows it.</summary>
public sealed record CapturedEmail(string Id, string To, string Subject, DateTime ReceivedAtUtc, IReadOnlyList<string> Links, string Text);
