using DsarPlatform.Contracts;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Handles <see cref="EraseSubjectData"/> for any <see cref="ISubjectDataStore"/>, and records every
/// item the store kept in its retention ledger in the same transaction, so nothing retained can be
/// forgotten: the retention sweep erases it when its retain-until passes.
/// </summary>
public sealed class EraseConsumer<TStore> : StoreTaskConsumer<EraseSubjectData, StoreDbContext>
    where TStore : ISubjectDataStore
{
    readonly TStore store;

    public EraseConsumer(TStore store, TimeProvider clock, ILogger<EraseConsumer<TStore>> logger)
        : base(store.Db, clock, logger) => this.store = store;

    protected override string StoreName => store.Name;
    protected override string Action => StoreActions.Erase;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var outcome = await store.EraseAsync(command, cancellationToken);
        if (outcome.Retained.Count > 0)
            RetentionLedger.Record(store, command, outcome.Retained, Clock.GetUtcNow().UtcDateTime);
        return outcome;
    }
}
