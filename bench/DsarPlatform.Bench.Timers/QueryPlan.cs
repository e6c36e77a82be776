using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Bench.Timers;

/// <summary>The engine's own plan of an EF query, with its parameters bound: EXPLAIN QUERY PLAN (SQLite) or EXPLAIN (PostgreSQL).</summary>
public static class QueryPlan
{
    public static async Task<List<string>> OfAsync(DbContext db, IQueryable query)
    {
        await using var command = query.CreateDbCommand();
        var sqlite = db.Database.IsSqlite();
        command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(sqlite ? 3 : 0));
        return lines;
    }
}
