namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// A single-use link token sent to the email on record (to confirm a request, answer a question,
/// download a package); only its SHA-256 hash is stored, and each works for its purpose only.
/// </summary>
public sealed class RequesterToken
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public TokenPurpose Purpose { get; init; }
    public required string TokenHash { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>Brought forward to now when a fresh link replaces this one.</summary>
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? UsedAtUtc { get; set; }

    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && nowUtc < ExpiresAtUtc;
}
