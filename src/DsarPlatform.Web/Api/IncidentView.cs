namespace DsarPlatform.Web.Api;

/// <summary>
/// An incident with what an agent can do about it while it is open, and once resolved what happened: the agent's
/// note, and the kind (<c>DoneByHand</c> or <c>NotErased</c> with the legal ground; null when a retry closed it).
/// </summary>
public sealed record IncidentView(Guid Id, string Step, string Cause, DateTime RaisedAtUtc, DateTime? ResolvedAtUtc, IReadOnlyList<string> Actions,
    string? Resolution = null, string? ResolutionKind = null, string? ResolutionGround = null);
