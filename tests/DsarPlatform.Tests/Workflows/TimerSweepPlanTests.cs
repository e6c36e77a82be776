using DsarPlatform.Tests.Security;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Workflows;

/// <summary>
/// The sweep runs every few seconds over a table that only grows (fired timers stay): its query must seek the
/// (FiredAtUtc, DueAtUtc) index, never scan the table. The plan is SQLite's own, read with EXPLAIN QUERY PLAN.
/// </summary>
public sealed class TimerSweepPlanTests
{
    const string SweepIndex = "IX_WorkflowTimers_FiredAtUtc_DueAtUtc";

    [Test]
    public async Task The_sweep_finds_due_timers_with_an_index_seek_not_a_table_scan()
    {
        using var database = new TestDatabase();
        var now = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
        await SeedFiredAndPendingTimersAsync(database, now);

        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        var plan = await PlanAsync(db, TimerSweep.DueTimers(db.Timers, now));

        // e.g. "SEARCH w USING INDEX IX_WorkflowTimers_FiredAtUtc_DueAtUtc (FiredAtUtc=? AND DueAtUtc<?)": both columns bound.
        Assert.That(plan, Has.Some.StartsWith("SEARCH ").And.Contains($"USING INDEX {SweepIndex} (FiredAtUtc=? AND DueAtUtc<?)"), string.Join("\n", plan));
        Assert.That(plan, Has.None.Contains("SCAN"), "no full scan, and no sort step: the index gives the order");
    }

    [Test]
    public async Task The_sweep_query_returns_only_unfired_due_timers_oldest_first()
    {
        using var database = new TestDatabase();
        var now = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
        var due = await SeedFiredAndPendingTimersAsync(database, now);

        await using var db = database.NewContext();
        var found = await TimerSweep.DueTimers(db.Timers, now).ToListAsync();

        Assert.That(found, Is.EqualTo(due));
    }

    /// <summary>Many fired timers, many pending in the future, and a few due: returns the due ones, oldest first.</summary>
    static async Task<List<Guid>> SeedFiredAndPendingTimersAsync(TestDatabase database, DateTime now)
    {
        var requestId = await database.AddRequestAsync();
        await using var db = database.NewContext();
        var instance = new WorkflowInstance { RequestId = requestId, DefinitionId = "deletion", CurrentStep = "wait", CreatedAtUtc = now };
        db.Instances.Add(instance);
        WorkflowTimer Timer(DateTime dueAtUtc, DateTime? firedAtUtc) => new()
        {
            InstanceId = instance.Id, RequestId = requestId, Kind = TimerKind.Step, Purpose = "wait", DueAtUtc = dueAtUtc, FiredAtUtc = firedAtUtc,
        };
        for (var i = 0; i < 1500; i++) db.Timers.Add(Timer(now.AddMinutes(-i - 60), now.AddMinutes(-i - 59)));
        for (var i = 0; i < 1500; i++) db.Timers.Add(Timer(now.AddMinutes(i + 1), null));
        var due = Enumerable.Range(0, 5).Select(i => Timer(now.AddMinutes(-10 + i), null)).ToList();
        db.Timers.AddRange(due);
        await db.SaveChangesAsync();
        return due.Select(t => t.Id).ToList();
    }

    static async Task<List<string>> PlanAsync(DbContext db, IQueryable<Guid> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return lines;
    }
}
