namespace DsarPlatform.Web.Drp;

/// <summary>An agent's directory entry as an administrator types it (the agents page) or a setting gives it.</summary>
public sealed record DrpAgentEntry(string? AgentId, string? Name, string? VerifyKey, string? Contact, string? CallbackHost, bool Enabled);
