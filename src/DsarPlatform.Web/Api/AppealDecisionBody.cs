namespace DsarPlatform.Web.Api;

/// <summary>An agent's decision on an appeal: the reason the requester reads (required to uphold, optional to reverse).</summary>
public sealed record AppealDecisionBody(string? Reason);
