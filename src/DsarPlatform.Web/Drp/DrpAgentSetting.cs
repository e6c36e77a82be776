namespace DsarPlatform.Web.Drp;

/// <summary>One entry of <c>Drp:Agents</c>: an agent to accept, as in the DRP agent directory.</summary>
public sealed class DrpAgentSetting
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Base64 Ed25519 public key.</summary>
    public string VerifyKey { get; set; } = "";
    public string? Contact { get; set; }
    public string? CallbackHost { get; set; }
}
