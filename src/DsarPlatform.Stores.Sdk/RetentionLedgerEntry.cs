namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Records a store kept after an erasure for one request: which, why and until when. The sweep
/// marks the entry erased in the transaction that erases the records, then reports it on the bus and
/// marks it reported; a crash in between reports it again rather than never.
/// </summary>
public class RetentionLedgerEntry
{
    public Guid Id { get; set; }
    public Guid RequestId { get; set; }
    public required string Store { get; set; }
    /// <summary>The account the records belong to: an id, never a name or an email.</summary>
    public required string AccountId { get; set; }
    public required string Category { get; set; }
    public int Count { get; set; }
    public required string LegalBasis { get; set; }
    public DateTime RetainUntilUtc { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public DateTime? ErasedAtUtc { get; set; }
    public int? ErasedCount { get; set; }
    public DateTime? ReportedAtUtc { get; set; }
}
