using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// Runs on every host: seals pending entries when woken by a write or on each interval, and signs a checkpoint when the
/// last one is older than <c>Audit:CheckpointInterval</c>. Hosts take turns sealing (<see cref="AuditSealLock"/>).
/// </summary>
public sealed class AuditChainService(IServiceScopeFactory scopes, AuditSealSignal signal, AuditSettings settings, TimeProvider clock,
    ILogger<AuditChainService> logger) : BackgroundService
{
    static readonly TimeSpan GatherDelay = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastCheckpoint = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
                await AuditSealer.SealAllAsync(db, clock, settings.SealBatchSize, stoppingToken);
                // Null while nothing is sealed: try again next round rather than an interval later.
                if (clock.GetUtcNow() - lastCheckpoint >= settings.CheckpointInterval
                    && await scope.ServiceProvider.GetRequiredService<AuditCheckpoints>().MakeAsync(db, stoppingToken) is not null)
                    lastCheckpoint = clock.GetUtcNow();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment; pending entries wait in their table.
                logger.LogWarning(e, "Sealing the audit chain failed; retrying on the next interval.");
            }
            await signal.WaitAsync(settings.SealInterval, clock, stoppingToken);
            // Let the writes that follow the one that woke us join its batch: under load the sealer otherwise wakes after
            // nearly every commit, and on PostgreSQL each run's read of pending entries steps over the index entries of
            // those it sealed before (dead until a vacuum): 240 reads of 4.7 ms per flow-bench round. Real time, not the
            // clock: this paces the work, it measures no business time.
            await Task.Delay(GatherDelay, stoppingToken);
        }
    }
}
