using System.Data.Common;
using DsarPlatform.Bench.Queue;

namespace DsarPlatform.Bench.Timers;

/// <summary>
/// Adds the timer volume to the seeded requests: <c>due</c> reminder timers that are due (one per open request, due in
/// the last hour) and the rest spread over the same instances as a live table holds them: 70% fired in the past
/// (fired timers stay), 30% pending over the next 60 days. One bulk writer (one transaction / one COPY).
/// </summary>
public sealed class TimerSeeder(DbConnection connection, DateTime nowUtc)
{
    public const string DuePurpose = "bench-due";

    public async Task SeedAsync(int total, int due)
    {
        var instances = await InstancesAsync();
        if (connection is Microsoft.Data.Sqlite.SqliteConnection) await CacheWholeIndexesAsync();
        var random = new Random(7);
        await using var rows = await BulkRows.OpenAsync(connection, "WorkflowTimers",
            "Id", "InstanceId", "RequestId", "Kind", "Purpose", "DueAtUtc", "FiredAtUtc");
        for (var n = 0; n < total; n++)
        {
            var (instance, request) = instances[n % instances.Count];
            if (n < due)
            {
                await rows.AddAsync(Guid.NewGuid(), instance, request, "Reminder", DuePurpose, nowUtc.AddSeconds(-random.Next(1, 3600)), null);
                continue;
            }
            var fired = random.Next(100) < 70;
            var dueAt = fired ? nowUtc.AddMinutes(-random.Next(1, 700 * 1440)) : nowUtc.AddMinutes(random.Next(1, 60 * 1440));
            await rows.AddAsync(Guid.NewGuid(), instance, request, random.Next(3) == 0 ? "TaskRetry" : "Step",
                fired ? "bench-fired" : "bench-pending", dueAt, fired ? dueAt.AddSeconds(random.Next(1, 30)) : null);
        }
    }

    // Random Guid keys touch every page of the four indexes: with SQLite's default 2 MB cache the one transaction
    // spills and rewrites pages into the WAL again and again (over 400 MB of WAL for 1,000,000 rows).
    async Task CacheWholeIndexesAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size = -262144";
        await command.ExecuteNonQueryAsync();
    }

    async Task<List<(Guid Instance, Guid Request)>> InstancesAsync()
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Id\", \"RequestId\" FROM \"WorkflowInstances\"";
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<(Guid, Guid)>();
        while (await reader.ReadAsync()) list.Add((reader.GetGuid(0), reader.GetGuid(1)));
        return list;
    }
}
