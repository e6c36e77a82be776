using Hangfire;
using Hangfire.PostgreSql;

namespace DsarPlatform.Web.Hosting;

public static class JobHostingExtensions
{
    /// <summary>
    /// Hangfire, which runs the timer sweep. Its storage follows the workflow database: in memory for the embedded
    /// SQLite default (the timers themselves are rows in dsar.db, so nothing is lost), and in a <c>hangfire</c>
    /// schema of the same PostgreSQL database in distributed mode, so several web hosts share one schedule.
    /// </summary>
    public static WebApplicationBuilder AddWorkflowJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var onPostgreSql = configuration.WorkflowDatabaseIsPostgreSql();
        var pollingInterval = configuration.GetValue("Workflows:SchedulePollingInterval", TimeSpan.FromSeconds(5));
        builder.Services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (onPostgreSql)
            {
                hangfire.UsePostgreSqlStorage(
                    storage => storage.UseNpgsqlConnection(configuration.GetConnectionString("dsar")),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = pollingInterval, PrepareSchemaIfNecessary = true });
            }
            else
            {
                hangfire.UseInMemoryStorage();
            }
        });
        builder.Services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = pollingInterval;
            server.WorkerCount = 2;
        });
        return builder;
    }
}
