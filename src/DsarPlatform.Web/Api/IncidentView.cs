namespace DsarPlatform.Web.Api;

/// <summary>An incident with what an agent can do about it while it is open, and how it was resolved.</summary>
public sealed record IncidentView(Guid Id, string Step, string Cause, DateTime RaisedAtUtc, DateTime? ResolvedAtUtc, IReadOnlyList<string> Actions,
    string? Resolution = null);
