namespace DsarPlatform.Workflows.Audit;

/// <summary>A signed statement of the chain's head: entry <see cref="Seq"/> had hash <see cref="Hash"/> at <see cref="AtUtc"/>.</summary>
public sealed record AuditCheckpoint(long Seq, string Hash, string AtUtc, string Signature)
{
    /// <summary>The exact bytes signed (Ed25519).</summary>
    public byte[] SignedBytes() => System.Text.Encoding.UTF8.GetBytes($"dsar-audit-checkpoint/1\n{Seq}\n{Hash}\n{AtUtc}");
}
