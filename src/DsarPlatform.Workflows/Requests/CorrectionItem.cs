namespace DsarPlatform.Workflows.Requests;

/// <summary>One field the requester wants changed, and the agent's decision (null until decided).</summary>
public sealed record CorrectionItem(string Field, string NewValue, string? Why, bool? Accepted = null, string? DecisionReason = null);
