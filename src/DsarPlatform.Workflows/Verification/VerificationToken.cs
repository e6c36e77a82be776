namespace DsarPlatform.Workflows.Verification;

/// <summary>A single-use link token; only its SHA-256 hash is stored.</summary>
public sealed class VerificationToken
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public DateTime? UsedAtUtc { get; set; }

    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && nowUtc < ExpiresAtUtc;
}
