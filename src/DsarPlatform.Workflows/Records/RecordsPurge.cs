using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Records;

/// <summary>
/// Removes closed requests whose closing is older than their definition's records period (run by a Hangfire recurring
/// job). Each request goes in its own transaction with every row about it, and one journal entry stays in its place
/// saying how many rows went (counts only), so the audit chain that copies the journal records the purge itself.
/// Open requests are never touched; a request already purged is simply no longer found, so a second run changes nothing.
/// A request whose purge fails is left, named in the log, and the others are purged; the run then fails, so the job's
/// history shows it (before, the first such request failed every run, and no later one was purged past its period).
/// </summary>
public sealed class RecordsPurge(IServiceScopeFactory scopes, DefinitionCatalog catalog, DatabaseCheckpoint checkpoint, TimeProvider clock,
    ILogger<RecordsPurge> logger)
{
    public const string Step = "records";
    public const string Event = "records-purged";
    const int BatchSize = 200;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (purged, failed) = (0, 0);
        var skipped = new HashSet<Guid>();
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await DueAsync(skipped, cancellationToken);
            foreach (var requestId in due)
            {
                var done = await TryPurgeAsync(requestId, cancellationToken);
                if (done == true) purged++;
                else skipped.Add(requestId);
                if (done is null) failed++;
            }
            if (due.Count < BatchSize) break;
        }
        // Once per run, not per request: the purged values leave the file now, not at SQLite's next automatic checkpoint.
        if (purged > 0) checkpoint.Request();
        if (failed > 0) throw new InvalidOperationException($"Records purge: {purged} requests purged, {failed} could not be (see the log).");
        return purged;
    }

    /// <summary>Closed requests past their own definition's period; the query narrows by the shortest period of all.</summary>
    async Task<List<Guid>> DueAsync(HashSet<Guid> skipped, CancellationToken cancellationToken)
    {
        // Every regime's effective policy counts: a regime may keep records for a shorter period than the base.
        var periods = catalog.All.SelectMany(d => d.RegimePolicies.Values.Append(d.Policy))
            .Select(p => p.RecordsRetentionMonths).OfType<int>().ToList();
        if (periods.Count == 0) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        var earliestCutoff = now.AddMonths(-periods.Min());
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var candidates = await (from request in db.Requests
                join instance in db.Instances on request.Id equals instance.RequestId
                where request.ClosedAtUtc != null && request.ClosedAtUtc < earliestCutoff
                orderby request.ClosedAtUtc
                select new { request.Id, ClosedAtUtc = request.ClosedAtUtc!.Value, request.RegimeId, instance.DefinitionId, instance.DefinitionVersion })
            .Take(BatchSize + skipped.Count).ToListAsync(cancellationToken);
        return candidates
            .Where(c => !skipped.Contains(c.Id) && IsPastPeriod(c.ClosedAtUtc, catalog.Get(c.DefinitionId, c.DefinitionVersion).PolicyFor(c.RegimeId), now))
            .Select(c => c.Id).Take(BatchSize).ToList();
    }

    static bool IsPastPeriod(DateTime closedAtUtc, WorkflowPolicy policy, DateTime nowUtc) =>
        policy.RecordsRetentionMonths is { } months && closedAtUtc < nowUtc.AddMonths(-months);

    /// <returns>Whether it was purged (false: purged meanwhile); null when its purge failed (logged: the id and the error's type).</returns>
    async Task<bool?> TryPurgeAsync(Guid requestId, CancellationToken cancellationToken)
    {
        try
        {
            return await PurgeAsync(requestId, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError("Records purge of request {RequestId} failed ({ExceptionType}); it is kept and the purge goes on", requestId, failure.GetType().FullName);
            return null;
        }
    }

    async Task<bool> PurgeAsync(Guid requestId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        return await engine.CommitAsync(async ct =>
        {
            var request = await db.Requests.SingleOrDefaultAsync(r => r.Id == requestId, ct);
            if (request?.ClosedAtUtc is null) return false; // purged meanwhile by another host
            var instance = await db.Instances.SingleAsync(i => i.RequestId == requestId, ct);
            var counts = new RequestRows(db, requestId);
            await counts.RemoveAllAsync(ct);
            db.Instances.Remove(instance);
            db.Requests.Remove(request);
            db.Journal.Append(requestId, instance.Id, Step, Event, "system", "system", clock.GetUtcNow().UtcDateTime, counts.Describe());
            return true;
        }, cancellationToken);
    }
}
