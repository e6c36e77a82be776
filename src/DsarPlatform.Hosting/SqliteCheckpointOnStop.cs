using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Hosting;

/// <summary>
/// On a graceful stop, folds every SQLite file's write-ahead log back into the file and truncates it, then closes the
/// pooled connections (the last close removes the -wal and -shm files), so values erased or shed before the stop are
/// not left readable in a log the next start would only fold later. Registered with the first database, so it is
/// stopped last, after the bus and the job server (hosted services stop in reverse order).
/// </summary>
public sealed class SqliteCheckpointOnStop : IHostedService
{
    readonly List<string> connectionStrings = [];
    ILogger logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <summary>Adds <paramref name="connectionString"/>'s file to those checkpointed when the host stops.</summary>
    public static void Register(IServiceCollection services, string connectionString)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(SqliteCheckpointOnStop))?.ImplementationInstance is not SqliteCheckpointOnStop hook)
        {
            hook = new SqliteCheckpointOnStop();
            services.AddSingleton(hook);
            services.AddHostedService(sp =>
            {
                hook.logger = sp.GetRequiredService<ILogger<SqliteCheckpointOnStop>>();
                return hook;
            });
        }
        lock (hook.connectionStrings) hook.connectionStrings.Add(connectionString);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var connectionString in connectionStrings.Distinct())
        {
            try
            {
                await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA wal_checkpoint(TRUNCATE);";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (Exception failure) when (failure is SqliteException or IOException or OperationCanceledException)
            {
                logger.LogWarning("Checkpointing a SQLite file at stop failed ({Error}); its log is folded at the next start", failure.Message);
            }
        }
        SqliteConnection.ClearAllPools();
    }
}
