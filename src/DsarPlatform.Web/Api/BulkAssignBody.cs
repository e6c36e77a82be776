namespace DsarPlatform.Web.Api;

/// <summary>Requests to assign, all or none, to one agent (omitted: the caller).</summary>
public sealed record BulkAssignBody(IReadOnlyList<string>? References, string? AssigneeId);
