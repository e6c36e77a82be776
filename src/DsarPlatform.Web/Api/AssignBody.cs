namespace DsarPlatform.Web.Api;

/// <summary>The agent to assign; omitted (or no body at all) means the caller.</summary>
public sealed record AssignBody(string? AssigneeId);
