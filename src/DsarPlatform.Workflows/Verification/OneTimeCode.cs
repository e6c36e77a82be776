namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// A 6-digit code sent to the contact on record. Only a salted, slow hash is stored; it is single use,
/// short lived and locked after a few wrong tries (S1).
/// </summary>
public sealed class OneTimeCode
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid RequestId { get; init; }
    public required byte[] Salt { get; init; }
    public required byte[] CodeHash { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime ExpiresAtUtc { get; init; }
    public int FailedAttempts { get; set; }
    public DateTime? UsedAtUtc { get; set; }
}
