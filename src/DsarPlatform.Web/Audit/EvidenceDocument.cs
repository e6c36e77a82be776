using DsarPlatform.Workflows.Audit;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// The evidence for one request: its facts (ids, codes, dates), its chain entries with content, the link hashes from its
/// first entry to a signed checkpoint, and that checkpoint. The facts are in the chain too: the export's own entry
/// carries their hash.
/// </summary>
public sealed record EvidenceDocument(
    string Format,
    EvidenceFacts Request,
    string FactsHash,
    string PreviousHash,
    IReadOnlyList<EvidenceEntry> Entries,
    IReadOnlyList<EvidenceLink> Links,
    AuditCheckpoint Checkpoint)
{
    public const string CurrentFormat = "dsar-audit-evidence/1";
    public const string ExportedEvent = "EvidenceExported";

    public static string FactsDetail(string factsHash) => $"facts sha256 {factsHash}";
}

/// <summary>A request's facts as the evidence states them: ids, codes and dates only.</summary>
public sealed record EvidenceFacts(string Id, string Reference, string Type, string Channel, string ReceivedUtc, string DueUtc,
    string? VerifiedUtc, string? ExtendedUtc, string? Outcome, string? DenialCode, string? ClosedUtc);

/// <summary>One of the request's chain entries with its content.</summary>
public sealed record EvidenceEntry(long Seq, string Kind, string? RequestId, string AtUtc, string Actor, string Role, string? Step,
    string Event, string? Detail, string ContentHash, string Hash);

/// <summary>One link of the proof: any entry's number and hashes, without its content.</summary>
public sealed record EvidenceLink(long Seq, string ContentHash, string Hash);
