namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// The chain's single head row. Sealers extend it only where its <see cref="Seq"/> is still what they read (a concurrency
/// token), so two hosts can never both extend the same head.
/// </summary>
public sealed class AuditHead
{
    public const int TheHead = 1;

    public int Id { get; init; } = TheHead;
    public long Seq { get; set; }
    public string Hash { get; set; } = AuditHashing.Genesis;
    public DateTime SealedAtUtc { get; set; }
}
