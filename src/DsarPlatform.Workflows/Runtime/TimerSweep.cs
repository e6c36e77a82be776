using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Fires due timers; run by a Hangfire recurring job. A timer fires in the same transaction as the step it resumes
/// (or its handler's work), so running the sweep twice, or on two hosts at once, fires nothing twice. Timers fire in
/// groups, one transaction per group (a transaction and its fsync per timer made firing 1,000 take 4 s); a group that
/// fails fires again timer by timer, so one failing timer holds up no other. A timer that fails alone raises an incident
/// on its request (one at a time), which closes by itself when the timer fires at a later sweep; if staff resolve it
/// while the timer still fails, the next failure raises a new one.
/// A step timer resumes its step; every other kind goes to its <see cref="ITimerHandler"/>.
/// </summary>
public sealed class TimerSweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TimerSweep> logger)
{
    const int BatchSize = 500;
    const int GroupSize = 25;

    /// <summary>The step name of the incident raised for a timer that cannot fire; resolving it moves no step.</summary>
    public const string IncidentStep = "timer";

    /// <exception cref="TimerSweepException">After firing every other due timer, when some could not fire (the job fails
    /// where staff see it, and they are tried again next run).</exception>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var (fired, failed) = (0, new HashSet<Guid>());
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await DueTimersAsync(cancellationToken);
            var firedBefore = fired;
            foreach (var group in due.Where(id => !failed.Contains(id)).Chunk(GroupSize))
            {
                fired += await FireGroupAsync(group, failed, cancellationToken);
            }
            if (due.Count < BatchSize || fired == firedBefore) break;
        }
        if (failed.Count > 0) throw new TimerSweepException(failed.Count, fired);
        return fired;
    }

    async Task<int> FireGroupAsync(Guid[] group, HashSet<Guid> failed, CancellationToken cancellationToken)
    {
        try
        {
            return await FireAsync(group, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (group.Length == 1)
            {
                logger.LogError(exception, "Timer {TimerId} could not fire; it is tried again at the next sweep", group[0]);
                failed.Add(group[0]);
                await RaiseIncidentAsync(group[0], exception, cancellationToken);
                return 0;
            }
            logger.LogWarning("A group of {Count} timers failed to fire together ({Error}); firing them one by one", group.Length, exception.GetType().Name);
            var fired = 0;
            foreach (var timerId in group) fired += await FireGroupAsync([timerId], failed, cancellationToken);
            return fired;
        }
    }

    /// <summary>Tells staff on the request's page, unless an open incident for this timer does already (the sweep tries it again every run).</summary>
    async Task RaiseIncidentAsync(Guid timerId, Exception failure, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IWorkflowDbContext>();
            var timer = await db.Timers.AsNoTracking().SingleOrDefaultAsync(t => t.Id == timerId, cancellationToken);
            if (timer is null || await db.Incidents.AnyAsync(i => i.TimerId == timerId && i.ResolvedAtUtc == null, cancellationToken)
                || !await db.Instances.AnyAsync(i => i.Id == timer.InstanceId && i.RequestId == timer.RequestId, cancellationToken)) return;
            db.Incidents.Add(new Incident
            {
                RequestId = timer.RequestId, InstanceId = timer.InstanceId, Step = IncidentStep, TimerId = timer.Id,
                RaisedAtUtc = clock.GetUtcNow().UtcDateTime,
                Cause = $"The scheduled {timer.Kind} timer '{timer.Purpose}', due {timer.DueAtUtc:yyyy-MM-dd HH:mm} UTC, could not run "
                        + $"({failure.GetType().Name}): what it does has not happened. Every timer sweep tries it again, and this incident "
                        + $"closes when it runs; resolved while it still fails, the next failure raises a new one. Tell the platform's "
                        + $"operators (their log names timer {timer.Id}).",
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError("No incident could be raised for timer {TimerId}: {ExceptionType}", timerId, exception.GetType().Name);
        }
    }

    async Task<List<Guid>> DueTimersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IWorkflowDbContext>();
        return await DueTimers(db.Timers, clock.GetUtcNow().UtcDateTime).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The next batch of unfired timers due by <paramref name="nowUtc"/>, oldest first: a seek on the
    /// (FiredAtUtc, DueAtUtc) index, so its cost follows the due timers, not the table (the plan is tested).
    /// Ordered by both index columns (FiredAtUtc is null in every row it returns): ordered by DueAtUtc alone,
    /// PostgreSQL did not take IS NULL as fixing the first column, sorted, and scanned all 1,000,000 timers (96-200 ms).
    /// </summary>
    public static IQueryable<Guid> DueTimers(IQueryable<WorkflowTimer> timers, DateTime nowUtc) =>
        timers.Where(t => t.FiredAtUtc == null && t.DueAtUtc <= nowUtc)
            .OrderBy(t => t.FiredAtUtc).ThenBy(t => t.DueAtUtc).Select(t => t.Id).Take(BatchSize);

    /// <returns>How many of <paramref name="timerIds"/> fired (the others fired meanwhile or were rescheduled away).</returns>
    async Task<int> FireAsync(Guid[] timerIds, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IWorkflowDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var handlers = scope.ServiceProvider.GetServices<ITimerHandler>().ToList();
        return await engine.CommitAsync(async ct =>
        {
            var timers = await db.Timers.Where(t => timerIds.Contains(t.Id) && t.FiredAtUtc == null).ToDictionaryAsync(t => t.Id, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var fired = 0;
            foreach (var timer in timerIds.Select(id => timers.GetValueOrDefault(id)).OfType<WorkflowTimer>())
            {
                timer.FiredAtUtc = now;
                if (timer.Kind == TimerKind.Step) await engine.ResumeAsync(timer.InstanceId, new TimerFired(timer.Id), ct);
                else await HandlerOf(handlers, timer.Kind).FireAsync(timer, now, ct);
                fired++;
            }
            if (fired > 0) await CloseIncidentsAsync(db, [.. timers.Keys], now, ct);
            return fired;
        }, cancellationToken);
    }

    /// <summary>A timer that had failed before fired: its incident closes (an indexed read that finds nothing otherwise).</summary>
    static async Task CloseIncidentsAsync(IWorkflowDbContext db, List<Guid> firedIds, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var open = await db.Incidents.Where(i => i.TimerId != null && firedIds.Contains(i.TimerId.Value) && i.ResolvedAtUtc == null).ToListAsync(cancellationToken);
        foreach (var incident in open)
        {
            incident.ResolvedAtUtc = nowUtc;
            incident.Resolution = "The timer ran at a later sweep.";
        }
    }

    static ITimerHandler HandlerOf(IEnumerable<ITimerHandler> handlers, TimerKind kind) =>
        handlers.SingleOrDefault(h => h.Kinds.Contains(kind))
            ?? throw new InvalidOperationException($"No timer handler is registered for {kind} timers.");
}
