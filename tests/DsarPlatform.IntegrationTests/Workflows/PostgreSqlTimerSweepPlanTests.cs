using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The sweep's query on PostgreSQL, over timers shaped as they accumulate (most fired long ago, many pending in the future,
/// a few due): the planner must walk the (FiredAtUtc, DueAtUtc) index and stop at the batch, never scan and sort the table.
/// Ordered by DueAtUtc alone it did scan (the planner multiplies "not fired" by "due by now" into a fifth of the table).
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlTimerSweepPlanTests
{
    [Test, CancelAfter(120_000)]
    public async Task The_sweep_finds_due_timers_by_the_index_without_scanning_or_sorting_the_table()
    {
        await using var database = await PostgreSqlWorkflowDatabase.StartAsync();
        var requestId = await database.AddRequestAsync();
        var now = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
        await using var db = database.NewContext();
        var instance = new WorkflowInstance { RequestId = requestId, DefinitionId = "deletion", CurrentStep = "wait", CreatedAtUtc = now };
        db.Instances.Add(instance);
        await db.SaveChangesAsync();
        // 70,000 fired in the past, 30,000 pending over the next 60 days, 100 due in the last hour.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "WorkflowTimers" ("Id", "InstanceId", "RequestId", "Kind", "Purpose", "DueAtUtc", "FiredAtUtc")
            SELECT gen_random_uuid(), {0}, {1}, 'Step', 'wait',
                   CASE WHEN i <= 70000 THEN {2}::timestamptz - (i || ' minutes')::interval
                        WHEN i <= 100000 THEN {2}::timestamptz + ((i - 70000) * 172 || ' seconds')::interval
                        ELSE {2}::timestamptz - ((i - 100000) || ' seconds')::interval END,
                   CASE WHEN i <= 70000 THEN {2}::timestamptz - (i || ' minutes')::interval + interval '1 minute' END
            FROM generate_series(1, 100100) AS i
            """, instance.Id, requestId, now);
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "WorkflowTimers" """);

        var query = TimerSweep.DueTimers(db.Timers, now);
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        var found = await TimerSweep.DueTimers(db.Timers, now).ToListAsync();

        Assert.That(plan, Has.Some.Contains("Index Scan using \"IX_WorkflowTimers_FiredAtUtc_DueAtUtc\""), string.Join("\n", plan));
        Assert.That(plan, Has.None.Contains("Seq Scan").And.None.Contains("Sort"), string.Join("\n", plan));
        Assert.That(found, Has.Count.EqualTo(100), "every due timer, and only those");
    }
}
