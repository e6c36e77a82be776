using System.Text.Json;
using DsarPlatform.Workflows.Audit;

namespace DsarPlatform.Web.Audit;

/// <summary>Checks evidence offline: every hash recomputed, the links unbroken up to the checkpoint, the checkpoint signed by the configured key.</summary>
public static class EvidenceCheck
{
    /// <summary>The first problem found, or null when the evidence holds.</summary>
    public static string? FirstProblem(EvidenceDocument d, AuditSigningKey key)
    {
        if (!key.Verifies(d.Checkpoint.SignedBytes(), d.Checkpoint.Signature))
            return $"The checkpoint at entry {d.Checkpoint.Seq} is not signed by the configured public key.";
        if (d.Entries.Count == 0 || d.Links.Count == 0) return "The evidence has no entries.";

        var links = new Dictionary<long, EvidenceLink>();
        var (previous, expected) = (d.PreviousHash, d.Entries[0].Seq);
        foreach (var link in d.Links)
        {
            if (link.Seq != expected) return $"The proof skips from entry {expected - 1} to {link.Seq}.";
            if (AuditHashing.Link(previous, link.Seq, link.ContentHash) != link.Hash) return $"Entry {link.Seq}: its link hash does not follow from the one before.";
            (previous, expected) = (link.Hash, link.Seq + 1);
            links[link.Seq] = link;
        }
        if (expected - 1 != d.Checkpoint.Seq || previous != d.Checkpoint.Hash) return $"The proof does not end at the signed checkpoint (entry {d.Checkpoint.Seq}).";

        foreach (var e in d.Entries)
        {
            var content = AuditHashing.Content(e.Kind, e.RequestId, e.AtUtc, e.Actor, e.Role, e.Step, e.Event, e.Detail);
            if (!links.TryGetValue(e.Seq, out var link) || content != e.ContentHash || e.ContentHash != link.ContentHash || e.Hash != link.Hash)
                return $"Entry {e.Seq}: its content does not match the proof.";
            if (e.RequestId != d.Request.Id) return $"Entry {e.Seq} belongs to another request.";
        }
        if (AuditHashing.Of(JsonSerializer.Serialize(d.Request)) != d.FactsHash) return "The request's facts do not match their hash.";
        if (!d.Entries.Any(e => e.Event == EvidenceDocument.ExportedEvent && e.Detail == EvidenceDocument.FactsDetail(d.FactsHash)))
            return "The request's facts are not recorded in the chain.";
        return null;
    }
}
