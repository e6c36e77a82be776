using Microsoft.Data.Sqlite;

namespace DsarPlatform.Stores.Generation;

/// <summary>
/// Fast inserts for the generator: one prepared statement per table on a dedicated connection, and a
/// transaction committed every <see cref="BatchSize"/> rows (one transaction per row would be ~1000×
/// slower on SQLite, one for everything would hold the write lock for the whole run).
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    const int BatchSize = 50_000;

    readonly SqliteConnection connection;
    readonly List<SqliteCommand> commands = [];
    SqliteTransaction transaction;
    int pending;

    public BulkWriter(string connectionString)
    {
        connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // Generated data can be generated again: trade durability for speed during the run.
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -65536;";
            pragma.ExecuteNonQuery();
        }
        transaction = connection.BeginTransaction();
    }

    public long Rows { get; private set; }

    /// <summary>Returns an insert for <paramref name="table"/>; call <see cref="Insert"/> with values in column order.</summary>
    public SqliteCommand Table(string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter("$p" + i, null));
        command.Prepare();
        commands.Add(command);
        return command;
    }

    public void Insert(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
        Rows++;
        if (++pending < BatchSize) return;
        transaction.Commit();
        transaction.Dispose();
        transaction = connection.BeginTransaction();
        foreach (var each in commands) each.Transaction = transaction;
        pending = 0;
    }

    /// <summary>EF Core keeps GUIDs in SQLite as upper-case text; the generator must match it.</summary>
    public static string Text(Guid id) => id.ToString().ToUpperInvariant();

    public void Commit()
    {
        transaction.Commit();
        transaction.Dispose();
        transaction = connection.BeginTransaction();
        foreach (var each in commands) each.Transaction = transaction;
        pending = 0;
    }

    public void Dispose()
    {
        transaction.Dispose();
        foreach (var command in commands) command.Dispose();
        connection.Dispose();
    }
}
