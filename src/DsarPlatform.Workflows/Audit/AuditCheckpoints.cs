using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Audit;

/// <summary>Signs the chain's sealed head and writes it to the checkpoint folder.</summary>
public sealed class AuditCheckpoints(AuditSigningKey key, AuditCheckpointFolder folder, TimeProvider clock)
{
    public AuditCheckpointFolder Folder => folder;

    /// <summary>A checkpoint of the current head; null when nothing is sealed yet. Reuses the latest if the head has not moved.</summary>
    public async Task<AuditCheckpoint?> MakeAsync(DsarDbContext db, CancellationToken cancellationToken = default)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.TheHead, cancellationToken);
        if (head is null || head.Seq == 0) return null;
        if (folder.Latest() is { } latest && latest.Seq == head.Seq) return latest;
        var unsigned = new AuditCheckpoint(head.Seq, head.Hash, AuditHashing.Time(clock.GetUtcNow().UtcDateTime), "");
        var checkpoint = unsigned with { Signature = key.Sign(unsigned.SignedBytes()) };
        folder.Write(checkpoint, key.PublicKeyBase64);
        return checkpoint;
    }

    /// <summary>The first checkpoint at or after <paramref name="seq"/>, made now if none covers it yet.</summary>
    public async Task<AuditCheckpoint?> CoveringAsync(DsarDbContext db, long seq, CancellationToken cancellationToken = default) =>
        folder.ReadAll().Select(c => c.Checkpoint).FirstOrDefault(c => c is not null && c.Seq >= seq && key.Verifies(c.SignedBytes(), c.Signature))
        ?? await MakeAsync(db, cancellationToken);
}
