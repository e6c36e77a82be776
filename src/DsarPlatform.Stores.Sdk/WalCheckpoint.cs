using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Folds a SQLite file's write-ahead log back into the file and truncates it, so erased values leave the file now
/// rather than at SQLite's next automatic checkpoint. It never waits (busy timeout 0): with a writer or an older
/// reader about, it folds what it can and leaves the rest to the next one or to the host's stop. Called after each burst
/// of erasures, the retention sweep and the IM history purge.
/// </summary>
public static class WalCheckpoint
{
    /// <summary>Checkpoints the context's file when it is SQLite; server databases have no such log to fold.</summary>
    public static Task TryAsync(DbContext db) =>
        db.Database.IsSqlite() && db.Database.GetConnectionString() is { } connectionString ? TryAsync(connectionString) : Task.CompletedTask;

    public static async Task TryAsync(string connectionString)
    {
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 0; PRAGMA wal_checkpoint(TRUNCATE); PRAGMA busy_timeout = 10000;";
            await command.ExecuteNonQueryAsync();
        }
        catch (SqliteException)
        {
            // Busy or locked: the next erasure's checkpoint, or the stop's, folds it.
        }
    }
}
