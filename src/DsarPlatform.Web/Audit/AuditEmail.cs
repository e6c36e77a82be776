namespace DsarPlatform.Web.Audit;

/// <summary>An email about a request, for auditors: its kind and times only, never its address, subject or body.</summary>
public sealed record AuditEmail(string Kind, DateTime QueuedAtUtc, DateTime? SentAtUtc, int Attempts)
{
    public string Status => SentAtUtc is null ? "queued, not sent yet" : "sent";
}
