namespace DsarPlatform.Web.Staff;

/// <summary>An email sent about a request, as staff see it: metadata only, never the body (it may hold codes or links).</summary>
public sealed record SentEmail(string Template, string To, string Subject, DateTime QueuedAtUtc, DateTime? SentAtUtc, DateTime? RefusedAtUtc, string? Refusal, DateTime? NextAttemptAtUtc);
