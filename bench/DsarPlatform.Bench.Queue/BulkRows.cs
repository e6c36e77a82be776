using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DsarPlatform.Bench.Queue;

/// <summary>
/// Writes many rows into one table fast: a prepared INSERT in one transaction on SQLite (values bound as EF stores
/// them: Guids as upper-case text), binary COPY on PostgreSQL. Never EF's change tracker.
/// </summary>
public abstract class BulkRows : IAsyncDisposable
{
    public abstract Task AddAsync(params object?[] values);

    public abstract ValueTask DisposeAsync();

    public static async Task<BulkRows> OpenAsync(DbConnection connection, string table, params string[] columns) => connection switch
    {
        SqliteConnection sqlite => await SqliteRows.OpenAsync(sqlite, table, columns),
        NpgsqlConnection npgsql => new CopyRows(await npgsql.BeginBinaryImportAsync(
            $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)")),
        _ => throw new NotSupportedException(connection.GetType().Name),
    };

    sealed class SqliteRows(SqliteTransaction transaction, SqliteCommand command) : BulkRows
    {
        public static async Task<BulkRows> OpenAsync(SqliteConnection connection, string table, string[] columns)
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
            return new SqliteRows(transaction, command);
        }

        public override async Task AddAsync(params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
                command.Parameters[i].Value = values[i] switch { null => DBNull.Value, Guid g => g.ToString().ToUpperInvariant(), var v => v };
            await command.ExecuteNonQueryAsync();
        }

        public override async ValueTask DisposeAsync()
        {
            await transaction.CommitAsync();
            await command.DisposeAsync();
            await transaction.DisposeAsync();
        }
    }

    sealed class CopyRows(NpgsqlBinaryImporter importer) : BulkRows
    {
        public override Task AddAsync(params object?[] values) => importer.WriteRowAsync(default, values.Select(v => v ?? DBNull.Value).ToArray());

        public override async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }
}
