namespace DsarPlatform.Workflows.Requests;

/// <summary>A correction as typed: which field, its new value, and why (optional).</summary>
public sealed record RequestedChange(string Field, string NewValue, string? Why);
