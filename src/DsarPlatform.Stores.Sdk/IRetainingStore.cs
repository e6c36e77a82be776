namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// A store that keeps some data after an erasure (e.g. invoices under tax law). The retention sweep
/// offers it each open ledger entry; the store erases what the entry kept once it may go.
/// </summary>
public interface IRetainingStore : ISubjectDataStore
{
    /// <summary>
    /// Erase the records <paramref name="entry"/> kept if they may go at <paramref name="nowUtc"/>, and
    /// return how many were erased; return <c>null</c> while they are still needed. Runs in a
    /// transaction that also marks the entry erased.
    /// </summary>
    Task<int?> EraseRetainedAsync(RetentionLedgerEntry entry, DateTime nowUtc, CancellationToken cancellationToken);
}
