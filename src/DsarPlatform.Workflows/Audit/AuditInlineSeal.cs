using System.Data;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// One context's sealing of the entries its save queues, in that save (<see cref="AuditInlineSealing"/>): numbered and
/// hashed onto the head read inside the writer's turn, with the head's move in the same transaction. It stands aside,
/// leaving the entries pending for <see cref="AuditSealer"/>, whenever order or a race could be at stake: older entries
/// are still pending, the save runs inside a longer transaction, or the context already tracks the head (a sealer).
/// </summary>
sealed class AuditInlineSeal
{
    // The partial index IX_AuditChain_Unsealed answers the EXISTS without touching sealed entries.
    const string HeadSql = """
        SELECT (SELECT "Seq" FROM "AuditChainHead" WHERE "Id" = 1), (SELECT "Hash" FROM "AuditChainHead" WHERE "Id" = 1),
               EXISTS (SELECT 1 FROM "AuditChain" WHERE "Seq" IS NULL)
        """;

    List<AuditEntry> _queued = [];
    AuditHead? _head;
    bool _openedConnection, _standAside;

    /// <summary>The entries this save writes, in the order they were queued.</summary>
    public void Queue(List<AuditEntry> entries) => _queued = entries;

    public bool HasQueued => _queued.Count > 0;

    /// <returns>True when it sealed this save's entries (the sealer has nothing to wake for).</returns>
    public async Task<bool> SealAsync(DsarDbContext db, CancellationToken cancellationToken)
    {
        if (_standAside || _queued.Count == 0 || db.Database.CurrentTransaction is not null || db.ChangeTracker.Entries<AuditHead>().Any())
            return false;
        try
        {
            return await SealQueuedAsync(db, cancellationToken);
        }
        catch (Exception)
        {
            // Never fail (or hold up) the save from here, which runs inside the save gate's turn: a read that failed or was
            // cancelled leaves the entries pending, and the save itself meets whatever is wrong with the database.
            foreach (var entry in _queued) (entry.Seq, entry.ContentHash, entry.Hash) = (null, null, null);
            return false;
        }
    }

    async Task<bool> SealQueuedAsync(DsarDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection().State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _openedConnection = true;
        }
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = HeadSql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetBoolean(2)) return false;
        long? headSeq = reader.IsDBNull(0) ? null : reader.GetInt64(0);
        var (seq, hash) = (headSeq ?? 0, headSeq is null ? AuditHashing.Genesis : reader.GetString(1));

        foreach (var entry in _queued)
        {
            entry.Seq = ++seq;
            entry.ContentHash = AuditHashing.Content(entry);
            entry.Hash = hash = AuditHashing.Link(hash, seq, entry.ContentHash);
        }
        // Sealed as it is written: the time of its latest entry.
        var sealedAt = _queued.Max(e => e.AtUtc);
        if (headSeq is null) db.AuditHeads.Add(_head = new AuditHead { Seq = seq, Hash = hash, SealedAtUtc = sealedAt });
        else
        {
            // Moved only where its Seq is still the one read (a concurrency token), like the sealer's.
            var head = db.AuditHeads.Attach(_head = new AuditHead { Seq = headSeq.Value });
            head.Property(h => h.Seq).CurrentValue = seq;
            head.Property(h => h.Hash).CurrentValue = hash;
            head.Property(h => h.SealedAtUtc).CurrentValue = sealedAt;
            foreach (var property in head.Properties.Where(p => !p.Metadata.IsPrimaryKey())) property.IsModified = true;
        }
        return true;
    }

    /// <summary>
    /// After a failed save, however it failed: the entries go back to pending and the head is let go, so that a save
    /// again (this one, or the caller's retry) starts afresh. True when the head or an entry's number is what failed
    /// (another writer moved the head): the caller saves once more, with the entries left pending.
    /// </summary>
    public bool Undo(DsarDbContext db, Exception failure)
    {
        if (_head is null) return false;
        foreach (var entry in _queued) (entry.Seq, entry.ContentHash, entry.Hash) = (null, null, null);
        db.Entry(_head).State = EntityState.Detached;
        _head = null;
        _standAside = failure is DbUpdateException { Entries: var failed } && failed.Any(e => e.Entity is AuditHead or AuditEntry);
        return _standAside;
    }

    /// <summary>Ends the save, whichever way it went; the head is let go, so the context's next save reads it afresh.</summary>
    public async Task EndAsync(DsarDbContext db)
    {
        if (_head is not null) db.Entry(_head).State = EntityState.Detached;
        (_queued, _head, _standAside) = ([], null, false);
        if (_openedConnection)
        {
            _openedConnection = false;
            await db.Database.CloseConnectionAsync();
        }
    }
}
