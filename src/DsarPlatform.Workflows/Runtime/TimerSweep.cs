using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// Fires due timers; run by a Hangfire recurring job. Each timer fires in its own transaction together
/// with the step it resumes, so running the sweep twice, or on two hosts at once, fires nothing twice.
/// </summary>
public sealed class TimerSweep(IServiceScopeFactory scopes, TimeProvider clock)
{
    const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var fired = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await DueTimersAsync(cancellationToken);
            foreach (var timerId in due)
            {
                if (await FireAsync(timerId, cancellationToken)) fired++;
            }
            if (due.Count < BatchSize) break;
        }
        return fired;
    }

    async Task<List<Guid>> DueTimersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Timers.Where(t => t.FiredAtUtc == null && t.DueAtUtc <= now)
            .OrderBy(t => t.DueAtUtc).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
    }

    async Task<bool> FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        var engine = scope.ServiceProvider.GetRequiredService<WorkflowEngine>();
        var notices = scope.ServiceProvider.GetRequiredService<DeadlineNotices>();
        var tasks = scope.ServiceProvider.GetRequiredService<StoreTaskResults>();
        var packages = scope.ServiceProvider.GetRequiredService<PackageExpiry>();
        return await engine.CommitAsync(async ct =>
        {
            var timer = await db.Timers.SingleOrDefaultAsync(t => t.Id == timerId, ct);
            if (timer?.FiredAtUtc is not null || timer is null) return false; // fired meanwhile, or rescheduled away
            var now = clock.GetUtcNow().UtcDateTime;
            timer.FiredAtUtc = now;
            switch (timer.Kind)
            {
                case TimerKind.Step: await engine.ResumeAsync(timer.InstanceId, new TimerFired(timer.Id), ct); break;
                case TimerKind.TaskRetry: await tasks.RedispatchAsync(timer, ct); break;
                case TimerKind.PackageExpiry: await packages.ExpireAsync(timer, now, ct); break;
                default: await notices.RaiseAsync(timer, now, ct); break;
            }
            return true;
        }, cancellationToken);
    }
}
