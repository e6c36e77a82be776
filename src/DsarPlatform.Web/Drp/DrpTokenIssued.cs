using System.Text.Json.Serialization;

namespace DsarPlatform.Web.Drp;

/// <summary>The answer to a pair-wise key set-up (section 2.05.1).</summary>
public sealed record DrpTokenIssued(
    [property: JsonPropertyName("agent-id")] string AgentId,
    [property: JsonPropertyName("token")] string Token);
