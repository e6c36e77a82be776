using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.ImHistory;

/// <summary>
/// Deletes messages older than <c>Stores:ImHistory:MaxMessageAge</c>, oldest first, in batches (each
/// its own short statement on the <c>SentAtUtc</c> index), so millions of rows never hold one long
/// write lock. Safe to run again or in several processes at once.
/// </summary>
public sealed class ImHistoryPurge(ImHistoryDbContext db, TimeProvider clock, IOptions<StoreOptions> options, ILogger<ImHistoryPurge> logger)
{
    readonly ImHistoryStoreOptions settings = options.Value.ImHistory;

    /// <summary>Returns how many messages were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - settings.MaxMessageAge;
        var batchSize = Math.Max(1, settings.PurgeBatchSize);
        var total = 0;
        int deleted;
        do
        {
            deleted = await db.Messages
                .Where(m => m.SentAtUtc < cutoff)
                .OrderBy(m => m.SentAtUtc)
                .Take(batchSize)
                .ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == batchSize);

        if (total == 0) return 0;
        logger.LogInformation("IM history purge deleted {Count} messages older than {Cutoff:O}", total, cutoff);
        // The purged messages leave the SQLite file's log now (secure_delete already zeroes them in the file itself).
        await WalCheckpoint.TryAsync(db);
        return total;
    }
}
