using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Audit;

/// <summary>A request's chain entries, each checked against its own content and its predecessor's hash.</summary>
public sealed class AuditProofReader(DsarDbContext db)
{
    const int HashPrefixLength = 12;

    public async Task<IReadOnlyList<AuditProofRow>> RowsAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var entries = await db.AuditChain.AsNoTracking().Where(e => e.RequestId == requestId)
            .OrderBy(e => e.Seq == null).ThenBy(e => e.Seq).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var before = entries.Where(e => e.Seq > 1).Select(e => e.Seq!.Value - 1).ToList();
        var previous = await db.AuditChain.AsNoTracking().Where(e => e.Seq != null && before.Contains(e.Seq.Value))
            .ToDictionaryAsync(e => e.Seq!.Value, e => e.Hash, cancellationToken);
        return entries.Select(e => new AuditProofRow(e.Seq, e.AtUtc, e.Event, e.Hash?[..HashPrefixLength], Verified(e, previous))).ToList();
    }

    static bool Verified(AuditEntry e, Dictionary<long, string?> previous)
    {
        if (e.Seq is not { } seq || e.ContentHash is null || AuditHashing.Content(e) != e.ContentHash) return false;
        var before = seq == 1 ? AuditHashing.Genesis : previous.GetValueOrDefault(seq - 1);
        return before is not null && AuditHashing.Link(before, seq, e.ContentHash) == e.Hash;
    }
}
