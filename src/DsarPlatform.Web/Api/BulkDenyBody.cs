namespace DsarPlatform.Web.Api;

/// <summary>Several requests denied for one coded reason, all or none.</summary>
public sealed record BulkDenyBody(IReadOnlyList<string>? References, string? Code, string? Ground, string? Note);
