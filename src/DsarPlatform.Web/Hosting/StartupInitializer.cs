using DsarPlatform.Hosting;
using DsarPlatform.Web.Development;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Records;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Wording;
using DsarPlatform.Workflows.StoreTasks;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// Runs before the bus and the job server start (it is registered first): applies migrations (or, where the
/// <c>migrate</c> command owns the schema, refuses a schema that is behind; see <see cref="SchemaAtStart"/>), loads and
/// checks the workflow definitions and the wording templates, seeds Development's staff accounts and schedules the timer sweep
/// and the records purge.
/// </summary>
sealed class StartupInitializer(IServiceScopeFactory scopes, IHostEnvironment environment, IConfiguration configuration,
    IRecurringJobManager recurringJobs, ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
        await SchemaAtStart.EnsureAsync(db, SchemaAtStart.MigratesOnStart(configuration, environment), "workflow", cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer commits; the setting persists in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        // Rows left in clear from before sealing, or under a retired key, are sealed under the current key.
        await AtRestReseal.RunAsync(db, cancellationToken);

        var folder = configuration["Workflows:DefinitionsFolder"] ?? Path.Combine(AppContext.BaseDirectory, "workflows");
        await scope.ServiceProvider.GetRequiredService<DefinitionLoader>().LoadAsync(folder, cancellationToken);
        // Every request type and every email the definitions send must have its words before anything is sent.
        var current = scope.ServiceProvider.GetRequiredService<DefinitionCatalog>().Current.ToList();
        scope.ServiceProvider.GetRequiredService<RequestWordings>().Validate(current);
        scope.ServiceProvider.GetRequiredService<EmailTemplates>().Validate(current);
        scope.ServiceProvider.GetRequiredService<DenialTexts>(); // parses and renders every denial code's text

        if (configuration.GetBusTransport() == BusTransport.InMemory)
        {
            // A crash lost whatever the in-memory bus held: send the pending tasks again (see PendingTaskRedispatch).
            await scope.ServiceProvider.GetRequiredService<PendingTaskRedispatch>().RunAsync(cancellationToken);
        }

        await StaffRoleSetup.EnsureRolesAsync(scope.ServiceProvider);
        if (environment.IsDevelopment())
        {
            await DemoStaff.SeedAsync(scope.ServiceProvider);
        }
        await FirstAdministrator.InviteIfNoneAsync(scope.ServiceProvider, configuration, cancellationToken);

        if (!TryScheduleJobs())
        {
            // Another host holds the job's lock in the shared storage, or a killed host left it until it expires: the
            // jobs are already scheduled there, so start now and bring their settings up to date once the lock frees.
            _ = Task.Run(() => ScheduleJobsWhenFreeAsync(stopping.Token), CancellationToken.None);
        }
    }

    readonly CancellationTokenSource stopping = new();

    bool TryScheduleJobs()
    {
        try
        {
            recurringJobs.AddOrUpdate<TimerSweep>("workflow-timers", sweep => sweep.RunAsync(CancellationToken.None),
                configuration["Workflows:SweepCron"] ?? "*/15 * * * * *");
            // Closed requests past their definition's records period are purged once a day (the period itself is policy).
            recurringJobs.AddOrUpdate<RecordsPurge>("records-purge", purge => purge.RunAsync(CancellationToken.None),
                configuration["Records:PurgeCron"] ?? Cron.Daily());
            // What closing left behind when a host stopped between a commit and deleting files (see ClosedRequestLeftovers).
            recurringJobs.AddOrUpdate<ClosedRequestLeftovers>("closed-request-leftovers", sweep => sweep.RunAsync(CancellationToken.None),
                configuration["Records:LeftoversCron"] ?? Cron.Hourly());
            return true;
        }
        catch (Exception exception) when (exception is Hangfire.PostgreSql.PostgreSqlDistributedLockException or Hangfire.Storage.DistributedLockTimeoutException)
        {
            logger.LogWarning("The recurring jobs' lock is held elsewhere; scheduling them again in the background");
            return false;
        }
    }

    async Task ScheduleJobsWhenFreeAsync(CancellationToken cancellationToken)
    {
        var retry = configuration.GetValue("Workflows:SchedulePollingInterval", TimeSpan.FromSeconds(5));
        while (!cancellationToken.IsCancellationRequested && !TryScheduleJobs())
        {
            await Task.Delay(retry, cancellationToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => stopping.CancelAsync();
}
