using System.Text.Json;
using DsarPlatform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Sdk;

/// <summary>Reads and writes a store's record of finished tasks (<see cref="ProcessedTask"/>).</summary>
internal static class ProcessedTasks
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<StoreTaskOutcome?> FindOutcomeAsync(StoreDbContext db, Guid taskId, CancellationToken cancellationToken)
    {
        var json = await db.ProcessedTasks.AsNoTracking()
            .Where(t => t.TaskId == taskId)
            .Select(t => t.OutcomeJson)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<StoreTaskOutcome>(json, Json);
    }

    /// <summary>
    /// Inserts the record as one SQL statement (the same on SQLite and PostgreSQL): it runs inside the write
    /// lock, where SaveChanges for this one row cost about twice as much (measured). A second record of the
    /// same task fails on the primary key.
    /// </summary>
    public static Task RecordAsync(StoreDbContext db, Guid taskId, string action, StoreTaskOutcome outcome, DateTime processedAtUtc, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(outcome, Json);
        return db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ProcessedTasks" ("TaskId", "Action", "OutcomeJson", "ProcessedAtUtc") VALUES ({taskId}, {action}, {json}, {processedAtUtc})""",
            cancellationToken);
    }
}
