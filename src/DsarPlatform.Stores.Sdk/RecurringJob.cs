using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// A job run every <see cref="Interval"/> on the application clock, each run in its own DI scope. A
/// failed run is logged and the next tick tries again; the work itself must be safe to repeat, since
/// several processes may host the same job.
/// </summary>
public abstract class RecurringJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run waits one interval: at start-up the bus may not be running yet.
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // The type only: a database error's text can quote values.
                    logger.LogError("Recurring job {Job} failed ({Error}); it runs again at the next tick", GetType().Name, failure.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }
}
