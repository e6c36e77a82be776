using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// Numbers and hashes pending entries in the order they were written. No lock is held while workflows write. Sealers
/// take turns (<see cref="AuditSealLock"/>, on server databases), so hosts sealing at once do not collide; the head
/// row's concurrency token and the unique index on Seq remain the guarantee that only one sealer extends a given head:
/// a sealer that loses a race anyway (SQLite, or a sealer called without the lock) rolls back and tries again from the new head.
/// </summary>
public static class AuditSealer
{
    const int MaxLostRaces = 20;

    /// <summary>Seals every pending entry in batches, each batch in its turn.</summary>
    public static async Task<AuditSealing> SealAllAsync(DsarDbContext db, TimeProvider clock, int batchSize, CancellationToken cancellationToken = default)
    {
        long sealedCount = 0;
        var lostRaces = 0;
        // Many lost races in a row mean the save fails for another reason than a race.
        for (var losses = 0; losses < MaxLostRaces && !cancellationToken.IsCancellationRequested;)
        {
            await using var turn = await AuditSealLock.TakeAsync(db.Database, cancellationToken);
            var batch = await PrepareAsync(db, clock, batchSize, cancellationToken);
            if (batch == 0) break;
            if (await TryCommitAsync(db, cancellationToken))
            {
                if (turn is not null) await turn.CommitAsync(cancellationToken);
                (sealedCount, losses) = (sealedCount + batch, 0);
            }
            else (losses, lostRaces) = (losses + 1, lostRaces + 1);
        }
        return new AuditSealing(sealedCount, lostRaces);
    }

    /// <summary>Reads the head and the oldest pending entries and hashes them onto it (in the context, not saved).</summary>
    public static async Task<int> PrepareAsync(DsarDbContext db, TimeProvider clock, int batchSize, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var head = await db.AuditHeads.SingleOrDefaultAsync(h => h.Id == AuditHead.TheHead, cancellationToken);
        var pending = await db.AuditChain.Where(e => e.Seq == null).OrderBy(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;
        if (head is null) db.AuditHeads.Add(head = new AuditHead());
        var (seq, hash) = (head.Seq, head.Hash);
        foreach (var entry in pending)
        {
            entry.Seq = ++seq;
            entry.ContentHash = AuditHashing.Content(entry);
            entry.Hash = hash = AuditHashing.Link(hash, seq, entry.ContentHash);
        }
        (head.Seq, head.Hash, head.SealedAtUtc) = (seq, hash, clock.GetUtcNow().UtcDateTime);
        return pending.Count;
    }

    /// <summary>Saves a prepared batch; false when another sealer extended the head first (nothing of this batch is kept).</summary>
    public static async Task<bool> TryCommitAsync(DsarDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict on the head, or a Seq (or the head row itself) another sealer inserted first.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
