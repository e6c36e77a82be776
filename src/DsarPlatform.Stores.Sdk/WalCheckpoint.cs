using Microsoft.Data.Sqlite;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Folds a SQLite file's write-ahead log back into the file and truncates it, so erased values leave the file now
/// rather than at SQLite's next automatic checkpoint. It never waits (busy timeout 0): with a writer or an older
/// reader about, it folds what it can and leaves the rest to the next one or to the host's stop.
/// </summary>
internal static class WalCheckpoint
{
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
