using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// Recomputes the chain from the first entry, finds gaps in the sequence, checks every checkpoint's signature with the
/// configured key and that the chain still passes through it, and that every journal row still matches its chain entry.
/// </summary>
public sealed class AuditVerifier(AuditSigningKey key, AuditCheckpointFolder folder)
{
    const int BatchSize = 5000;

    public async Task<AuditVerification> VerifyAsync(DsarDbContext db, CancellationToken cancellationToken = default)
    {
        var problems = new List<AuditProblem>();
        var checkpoints = SignedCheckpoints(problems);
        var (lastSeq, lastHash, count) = await WalkChainAsync(db, checkpoints, problems, cancellationToken);

        foreach (var beyond in checkpoints.Values.Where(c => c.Seq > lastSeq))
            problems.Add(new(lastSeq + 1, $"Entries {lastSeq + 1} to {beyond.Seq} are missing: the chain ends at {lastSeq} but a signed checkpoint covers {beyond.Seq} (truncated)."));
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(h => h.Id == AuditHead.TheHead, cancellationToken);
        if (head is not null && (head.Seq != lastSeq || head.Hash != lastHash))
            problems.Add(new(Math.Min(head.Seq, lastSeq) + 1, $"The chain head says entry {head.Seq} but the chain ends at entry {lastSeq}."));

        await JournalRowsAsync(db, problems, cancellationToken);
        var pending = await db.AuditChain.LongCountAsync(e => e.Seq == null, cancellationToken);
        var ordered = problems.OrderBy(p => p.Seq ?? long.MaxValue).ToList();
        return new AuditVerification(count, lastSeq, checkpoints.Count, pending, ordered);
    }

    Dictionary<long, AuditCheckpoint> SignedCheckpoints(List<AuditProblem> problems)
    {
        var signed = new Dictionary<long, AuditCheckpoint>();
        foreach (var (file, checkpoint) in folder.ReadAll())
        {
            if (checkpoint is null) problems.Add(new(null, $"Checkpoint file {file} cannot be read."));
            else if (!key.Verifies(checkpoint.SignedBytes(), checkpoint.Signature))
                problems.Add(new(null, $"Checkpoint file {file} (entry {checkpoint.Seq}): its signature does not verify with the configured public key."));
            else signed[checkpoint.Seq] = checkpoint;
        }
        return signed;
    }

    static async Task<(long LastSeq, string LastHash, long Count)> WalkChainAsync(DsarDbContext db,
        Dictionary<long, AuditCheckpoint> checkpoints, List<AuditProblem> problems, CancellationToken cancellationToken)
    {
        var (expected, previousHash, count, lastGoodCheckpoint) = (1L, AuditHashing.Genesis, 0L, 0L);
        var beforePrevious = AuditHashing.Genesis;
        while (true)
        {
            var from = expected - 1;
            var batch = await db.AuditChain.AsNoTracking().Where(e => e.Seq > from).OrderBy(e => e.Seq).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) return (expected - 1, previousHash, count);
            foreach (var entry in batch)
            {
                var seq = entry.Seq!.Value;
                count++;
                if (seq != expected) problems.Add(new(expected, expected == seq - 1 ? $"Entry {expected} is missing." : $"Entries {expected} to {seq - 1} are missing."));
                if (AuditHashing.Content(entry) != entry.ContentHash)
                    problems.Add(new(seq, $"Entry {seq} was changed: its content does not match its content hash."));
                if (entry.ContentHash is null || entry.Hash is null || AuditHashing.Link(previousHash, seq, entry.ContentHash) != entry.Hash)
                {
                    // An entry slipped in before this one leaves it linked to the entry two back, under its old number.
                    if (seq > 1 && entry.ContentHash is not null && AuditHashing.Link(beforePrevious, seq - 1, entry.ContentHash) == entry.Hash)
                        problems.Add(new(seq - 1, $"Entry {seq - 1} was inserted: entry {seq} follows from entry {seq - 2}."));
                    else problems.Add(new(seq, $"Entry {seq} does not follow from entry {seq - 1}: its link hash is wrong (changed, inserted or moved)."));
                }
                if (checkpoints.TryGetValue(seq, out var checkpoint))
                {
                    if (checkpoint.Hash == entry.Hash) lastGoodCheckpoint = seq;
                    else problems.Add(new(lastGoodCheckpoint + 1, $"The signed checkpoint at entry {seq} does not match the chain: an entry from {lastGoodCheckpoint + 1} to {seq} was changed and the chain recomputed."));
                }
                (beforePrevious, previousHash, expected) = (previousHash, entry.Hash ?? previousHash, seq + 1);
            }
        }
    }

    static async Task JournalRowsAsync(DsarDbContext db, List<AuditProblem> problems, CancellationToken cancellationToken)
    {
        // Journal rows older than the chain's first copy predate the chain; every later one must be in it.
        var firstChained = await db.AuditChain.MinAsync(e => e.JournalId, cancellationToken) ?? long.MaxValue;
        var last = 0L;
        while (true)
        {
            var from = last;
            var rows = await db.Journal.AsNoTracking().Where(j => j.Id > from).OrderBy(j => j.Id).Take(BatchSize)
                .Select(j => new { Row = j, Entry = db.AuditChain.FirstOrDefault(e => e.JournalId == j.Id) })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0) return;
            foreach (var (row, entry) in rows.Select(r => (r.Row, r.Entry)))
            {
                if (entry is null)
                {
                    if (row.Id > firstChained) problems.Add(new(null, $"Journal row {row.Id} is not in the chain (inserted)."));
                }
                else if (AuditHashing.Content(AuditEntries.From(row)) != AuditHashing.Content(entry))
                    problems.Add(new(entry.Seq, $"Journal row {row.Id} was changed: it differs from chain entry {entry.Seq?.ToString() ?? "(pending)"}."));
            }
            last = rows[^1].Row.Id;
        }
    }
}
