namespace DsarPlatform.Web.Audit;

/// <summary>An email about a request, for auditors: its kind and times only, never its address, subject or body.</summary>
public sealed record AuditEmail(string Kind, DateTime QueuedAtUtc, DateTime? SentAtUtc, int Attempts, DateTime? RefusedAtUtc, string? Refusal)
{
    public string Status => (SentAtUtc, RefusedAtUtc) switch
    {
        ({ }, _) => "sent",
        (null, { }) => $"refused by the mail server ({Refusal}), not sent",
        _ => "queued, not sent yet",
    };
}
