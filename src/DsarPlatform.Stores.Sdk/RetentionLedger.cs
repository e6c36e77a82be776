using DsarPlatform.Contracts;

namespace DsarPlatform.Stores.Sdk;

/// <summary>Adds ledger entries for what an erasure kept, to the store's pending changes.</summary>
internal static class RetentionLedger
{
    public static void Record(ISubjectDataStore store, EraseSubjectData command, IReadOnlyList<RetainedItem> retained, DateTime nowUtc)
    {
        if (store is not IRetainingStore || store.Db.Model.FindEntityType(typeof(RetentionLedgerEntry)) is null)
            throw new InvalidOperationException(
                $"Store {store.Name} retained data but has no retention ledger: implement {nameof(IRetainingStore)} and apply {nameof(RetentionLedgerEntryConfiguration)}.");
        foreach (var item in retained)
            store.Db.Set<RetentionLedgerEntry>().Add(new RetentionLedgerEntry
            {
                Id = Guid.NewGuid(),
                RequestId = command.RequestId,
                Store = store.Name,
                AccountId = command.AccountId,
                Category = item.Category,
                Count = item.Count,
                LegalBasis = item.LegalBasis,
                RetainUntilUtc = item.RetainUntilUtc,
                RecordedAtUtc = nowUtc,
            });
    }
}
