using System.Security.Claims;
using System.Text.Json;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// Builds one request's evidence: records the export (with the facts' hash) in the chain, seals it, and proves the
/// request's entries up to the first signed checkpoint that covers them (signing one now if none does).
/// </summary>
public sealed class EvidenceExport(DsarDbContext db, AuditCheckpoints checkpoints, AuditSettings settings, TimeProvider clock)
{
    const int SealAttempts = 5;

    /// <summary>Null for an unknown reference.</summary>
    public async Task<EvidenceDocument?> BuildAsync(string reference, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        if (request is null) return null;
        var facts = Facts(request);
        var factsHash = AuditHashing.Of(JsonSerializer.Serialize(facts));
        var exported = new AuditEntry
        {
            Kind = AuditKinds.Evidence, Event = EvidenceDocument.ExportedEvent, RequestId = request.Id, AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = AuditRecorder.ActorOf(user), Role = AuditRecorder.RoleOf(user), Detail = EvidenceDocument.FactsDetail(factsHash),
        };
        db.AuditChain.Add(exported);
        await db.SaveChangesAsync(cancellationToken);
        var id = exported.Id;

        for (var attempt = 0; attempt < SealAttempts && !await IsSealedAsync(id, cancellationToken); attempt++)
            await AuditSealer.SealAllAsync(db, clock, settings.SealBatchSize, cancellationToken);
        db.ChangeTracker.Clear();

        var entries = await db.AuditChain.AsNoTracking().Where(e => e.RequestId == request.Id && e.Seq != null).OrderBy(e => e.Seq).ToListAsync(cancellationToken);
        var (first, last) = (entries[0].Seq!.Value, entries[^1].Seq!.Value);
        var checkpoint = await checkpoints.CoveringAsync(db, last, cancellationToken)
            ?? throw new InvalidOperationException("The chain has no sealed head to sign.");
        var previous = first == 1 ? AuditHashing.Genesis
            : await db.AuditChain.Where(e => e.Seq == first - 1).Select(e => e.Hash).SingleAsync(cancellationToken) ?? AuditHashing.Genesis;
        var links = await db.AuditChain.AsNoTracking().Where(e => e.Seq >= first && e.Seq <= checkpoint.Seq).OrderBy(e => e.Seq)
            .Select(e => new EvidenceLink(e.Seq!.Value, e.ContentHash!, e.Hash!)).ToListAsync(cancellationToken);
        return new EvidenceDocument(EvidenceDocument.CurrentFormat, facts, factsHash, previous, entries.Select(Entry).ToList(), links, checkpoint);
    }

    Task<bool> IsSealedAsync(long id, CancellationToken cancellationToken) =>
        db.AuditChain.AnyAsync(e => e.Id == id && e.Seq != null, cancellationToken);

    static EvidenceEntry Entry(AuditEntry e) => new(e.Seq!.Value, e.Kind, e.RequestId?.ToString("D"), AuditHashing.Time(e.AtUtc), e.Actor, e.Role,
        e.Step, e.Event, e.Detail, e.ContentHash!, e.Hash!);

    static EvidenceFacts Facts(DsarRequest r) => new(r.Id.ToString("D"), r.Reference, r.Type.ToString(), r.Channel, T(r.ReceivedAtUtc),
        T(r.DueAtUtc), N(r.VerifiedAtUtc), N(r.ExtendedAtUtc), r.Outcome?.ToString(), r.DenialCode, N(r.ClosedAtUtc));

    static string T(DateTime utc) => AuditHashing.Time(utc);
    static string? N(DateTime? utc) => utc is { } value ? AuditHashing.Time(value) : null;
}
