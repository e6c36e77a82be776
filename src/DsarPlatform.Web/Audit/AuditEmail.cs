namespace DsarPlatform.Web.Audit;

/// <summary>An email about a request, for auditors: its kind and times only, never its address, subject or body.</summary>
public sealed record AuditEmail(string Kind, DateTime QueuedAtUtc, DateTime? SentAtUtc, int Attempts, DateTime? RefusedAtUtc, string? Refusal,
    DateTime? NextAttemptAtUtc)
{
    public string Status => (SentAtUtc, RefusedAtUtc, NextAttemptAtUtc) switch
    {
        ({ }, _, _) => "sent",
        (null, { }, _) => $"refused by the mail server ({Refusal}), not sent",
        (null, null, { }) => $"put off by the mail server ({Refusal}), to be tried again",
        _ => "queued, not sent yet",
    };
}
