namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// A signed body already accepted (SHA-256 of its signature): the same body sent again is a replay and refused.
/// Kept until its <c>expires-at</c> has passed, after which the body is refused as expired anyway.
/// </summary>
public sealed class DrpUsedSignature
{
    public required string SignatureHash { get; init; }
    public required string AgentId { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
}
