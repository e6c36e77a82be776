using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Data;

/// <summary>
/// Folds the workflow database's write-ahead log back into its file after values were shed or purged, so they leave
/// the file promptly rather than at SQLite's next automatic checkpoint (SQLite only; server databases: see the README).
/// Off the hot path: requests made while one runs are served by the next single run, and it never waits for the
/// file's writer or readers (busy timeout 0: a busy file is checkpointed as far as it can be, the rest at the next
/// request or at the host's stop).
/// </summary>
public sealed class DatabaseCheckpoint(IServiceScopeFactory scopes, ILogger<DatabaseCheckpoint> logger)
{
    readonly Lock sync = new();
    bool running;
    bool requested;

    public void Request()
    {
        lock (sync)
        {
            requested = true;
            if (running) return;
            running = true;
        }
        _ = Task.Run(LoopAsync);
    }

    async Task LoopAsync()
    {
        while (true)
        {
            lock (sync)
            {
                if (!requested)
                {
                    running = false;
                    return;
                }
                requested = false;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
                if (db.Database.ProviderName != "Microsoft.EntityFrameworkCore.Sqlite") continue;
                await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 0; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA busy_timeout = 10000;");
            }
            catch (Exception failure)
            {
                logger.LogWarning(failure, "Checkpointing the workflow database failed; the next one or the host's stop folds the log");
            }
        }
    }
}
