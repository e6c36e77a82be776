using DsarPlatform.Hosting;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;

namespace DsarPlatform.Web.Hosting;

public static class JobHostingExtensions
{
    const string Schema = "hangfire";

    /// <summary>
    /// Hangfire, which runs the timer sweep. Its storage follows the workflow database: in memory for the embedded
    /// SQLite default (the timers themselves are rows in dsar.db, so nothing is lost), and in a <c>hangfire</c>
    /// schema of the same PostgreSQL or SQL Server database in distributed mode, so several web hosts share one schedule.
    /// </summary>
    public static WebApplicationBuilder AddWorkflowJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var provider = configuration.WorkflowDatabaseProvider();
        // Hangfire's tables are schema too: created at start only where the host migrates (else by the migrate command).
        var prepareSchema = SchemaAtStart.MigratesOnStart(configuration, builder.Environment);
        var pollingInterval = configuration.GetValue("Workflows:SchedulePollingInterval", TimeSpan.FromSeconds(5));
        builder.Services.AddHangfire(hangfire =>
        {
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (provider)
            {
                case DatabaseProvider.PostgreSql:
                    hangfire.UsePostgreSqlStorage(
                        storage => storage.UseNpgsqlConnection(configuration.GetConnectionString("dsar")),
                        new PostgreSqlStorageOptions
                        {
                            SchemaName = Schema, QueuePollInterval = pollingInterval, PrepareSchemaIfNecessary = prepareSchema,
                            // A lock is a row here, not a session: a host killed while holding one (the recurring-job
                            // scheduler's, say) would stall every other host's timer sweeps until it is deemed abandoned.
                            DistributedLockTimeout = configuration.GetValue("Workflows:JobLockTimeout", TimeSpan.FromMinutes(1)),
                        });
                    break;
                case DatabaseProvider.SqlServer:
                    // Microsoft.Data.SqlClient (the one EF Core uses), not the deprecated System.Data.SqlClient Hangfire would pick.
                    hangfire.UseSqlServerStorage(
                        () => new Microsoft.Data.SqlClient.SqlConnection(configuration.GetConnectionString("dsar")),
                        new SqlServerStorageOptions { SchemaName = Schema, QueuePollInterval = pollingInterval, PrepareSchemaIfNecessary = prepareSchema });
                    break;
                default:
                    hangfire.UseInMemoryStorage();
                    break;
            }
        });
        builder.Services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = pollingInterval;
            server.WorkerCount = 2;
        });
        return builder;
    }

    /// <summary>Creates or upgrades Hangfire's schema in a server workflow database (the migrate command); true when there is one.</summary>
    public static bool InstallJobSchema(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("dsar");
        switch (configuration.WorkflowDatabaseProvider())
        {
            case DatabaseProvider.PostgreSql:
                using (var connection = new Npgsql.NpgsqlConnection(connectionString))
                {
                    connection.Open();
                    PostgreSqlObjectsInstaller.Install(connection, Schema);
                }
                return true;
            case DatabaseProvider.SqlServer:
                using (var connection = new Microsoft.Data.SqlClient.SqlConnection(connectionString))
                {
                    connection.Open();
                    SqlServerObjectsInstaller.Install(connection, Schema);
                }
                return true;
            default:
                return false;
        }
    }
}
