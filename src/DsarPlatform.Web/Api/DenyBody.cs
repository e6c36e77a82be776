namespace DsarPlatform.Web.Api;

/// <summary>A denial: one of the codes (<see cref="DsarPlatform.Workflows.Requests.DenialCodes"/>), the ground an exemption names, the agent's note.</summary>
public sealed record DenyBody(string? Code, string? Ground, string? Note);
