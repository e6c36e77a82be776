namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// An authorized agent the company accepts requests from over the Data Rights Protocol (the agent directory): its
/// public verify key is the root of trust for its signed messages. Its bearer token, set up pair-wise, is kept only as
/// a hash; a new set-up replaces it.
/// </summary>
public sealed class DrpAgent
{
    public const int MaxIdLength = 64;

    public required string AgentId { get; init; }
    public required string Name { get; set; }
    /// <summary>Base64 of the 32-byte Ed25519 public key.</summary>
    public required string VerifyKey { get; set; }
    /// <summary>The technical contact (an email address) to sort out failures with, out of band.</summary>
    public string? Contact { get; set; }
    /// <summary>The one host its status callbacks may go to (SSRF guard); null: the agent gets no callbacks.</summary>
    public string? CallbackHost { get; set; }
    public bool Enabled { get; set; } = true;
    /// <summary>SHA-256 (hex) of the current bearer token; null until the agent's first set-up.</summary>
    public string? TokenHash { get; set; }
    public DateTime? TokenIssuedAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime UpdatedAtUtc { get; set; }
}
