namespace DsarPlatform.Workflows.Requests;

/// <summary>An agent's decision on one requested correction; a refusal needs a reason the requester will read.</summary>
public sealed record FieldDecision(string? Field, bool Accept, string? Reason);
