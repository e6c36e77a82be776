using DsarPlatform.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// One pass over a retaining store's ledger: erases what may go now, then reports every erased entry
/// not yet reported with <see cref="RetainedDataErased"/>. Running it twice changes nothing the first
/// run did not; the hosted <c>RetentionSweepService</c> calls it on a timer, tests call it directly. An entry whose
/// erasure fails is left (its transaction rolled back), named in the log, and the others are erased and reported; the
/// pass then fails. Before, the first such entry failed every pass, and nothing due after it was ever erased.
/// </summary>
public sealed class RetentionSweep(IBus bus, TimeProvider clock, ILogger<RetentionSweep> logger)
{
    /// <summary>Returns how many ledger entries this pass erased.</summary>
    public async Task<int> RunAsync(IRetainingStore store, CancellationToken cancellationToken)
    {
        var db = store.Db;
        var ledger = db.Set<RetentionLedgerEntry>();
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await ledger.AsNoTracking()
            .Where(e => e.Store == store.Name && e.ErasedAtUtc == null)
            .OrderBy(e => e.RetainUntilUtc)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);

        var (erased, failed) = (0, 0);
        foreach (var id in open)
        {
            try
            {
                if (await TryEraseAsync(store, id, now, cancellationToken)) erased++;
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                failed++;
                logger.LogError("Store {Store} could not erase retained entry {EntryId} ({ExceptionType}); it is kept and the sweep goes on",
                    store.Name, id, failure.GetType().FullName);
            }
        }

        await ReportAsync(store, cancellationToken);
        // The erased values leave the SQLite file's log now, not at some later automatic checkpoint.
        if (erased > 0) await WalCheckpoint.TryAsync(db);
        if (failed > 0) throw new InvalidOperationException($"Store {store.Name}: {erased} retained entries erased, {failed} could not be (see the log).");
        return erased;
    }

    async Task<bool> TryEraseAsync(IRetainingStore store, Guid entryId, DateTime now, CancellationToken cancellationToken)
    {
        var db = store.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // Read inside the transaction: another sweeper may have erased it meanwhile.
            var entry = await db.Set<RetentionLedgerEntry>().SingleAsync(e => e.Id == entryId, cancellationToken);
            if (entry.ErasedAtUtc is not null) return false;
            var count = await store.EraseRetainedAsync(entry, now, cancellationToken);
            if (count is null) return false;
            entry.ErasedAtUtc = now;
            entry.ErasedCount = count;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Store {Store} erased retained {Category} of request {RequestId} ({Count} records)",
                store.Name, entry.Category, entry.RequestId, count);
            return true;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    async Task ReportAsync(IRetainingStore store, CancellationToken cancellationToken)
    {
        var db = store.Db;
        var unreported = await db.Set<RetentionLedgerEntry>()
            .Where(e => e.Store == store.Name && e.ErasedAtUtc != null && e.ReportedAtUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var entry in unreported)
        {
            // Publish first, then mark: a crash in between publishes again, and the workflow ignores the duplicate.
            await bus.Publish(new RetainedDataErased(entry.RequestId, entry.Store, entry.Category, entry.ErasedCount ?? 0, entry.ErasedAtUtc!.Value),
                cancellationToken);
            entry.ReportedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
    }
}
