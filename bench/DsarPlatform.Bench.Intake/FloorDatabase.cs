using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.Bench.Intake;

/// <summary>
/// The floor's storage: one SQLite file in WAL mode, pooled connections, <c>synchronous=NORMAL</c>, and one
/// writer at a time (an async gate, as the product's stores queue for a file) so no request sleeps on
/// SQLITE_BUSY. A submission is three rows in one transaction: the request, its instance, a journal entry.
/// </summary>
public sealed class FloorDatabase(string path)
{
    readonly string connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    readonly SemaphoreSlim writer = new(1, 1);

    public async Task CreateAsync()
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await ExecuteAsync(connection, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE requests (id TEXT PRIMARY KEY, reference TEXT NOT NULL UNIQUE, type TEXT NOT NULL, account_id TEXT,
                email TEXT NOT NULL, full_name TEXT NOT NULL, data_points TEXT NOT NULL, received_at TEXT NOT NULL);
            CREATE TABLE instances (id TEXT PRIMARY KEY, request_id TEXT NOT NULL REFERENCES requests(id), step TEXT NOT NULL,
                status TEXT NOT NULL, started_at TEXT NOT NULL);
            CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, request_id TEXT NOT NULL REFERENCES requests(id),
                at TEXT NOT NULL, entry TEXT NOT NULL);
            """);
    }

    /// <summary>Records a submission as received and returns its reference.</summary>
    public async Task<string> RecordAsync(FloorSubmission submission, CancellationToken cancellationToken)
    {
        var requestId = Guid.NewGuid().ToString();
        var reference = $"DSAR-{Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 5)}";
        var now = DateTime.UtcNow.ToString("O");
        await using var connection = await OpenAsync(cancellationToken);
        await writer.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, """
                INSERT INTO requests VALUES ($id, $reference, $type, $account, $email, $name, $points, $now);
                INSERT INTO instances VALUES ($instance, $id, 'verify-identity', 'waiting', $now);
                INSERT INTO journal (request_id, at, entry) VALUES ($id, $now, 'received');
                """, cancellationToken,
                ("$id", requestId), ("$reference", reference), ("$type", submission.Type!), ("$account", submission.AccountId),
                ("$email", submission.Email!), ("$name", submission.FullName!),
                ("$points", JsonSerializer.Serialize(submission.DataPoints ?? [])), ("$now", now), ("$instance", Guid.NewGuid().ToString()));
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            writer.Release();
        }
        return reference;
    }

    async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Per connection (journal_mode persists in the file, synchronous does not).
        await ExecuteAsync(connection, "PRAGMA synchronous=NORMAL;", cancellationToken);
        return connection;
    }

    static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken = default,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
