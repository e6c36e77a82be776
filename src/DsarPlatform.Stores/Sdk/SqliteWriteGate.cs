using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// One write transaction at a time per SQLite file in this process, waited for asynchronously.
/// SQLite allows one writer per file anyway; without this gate the other consumers' BEGIN IMMEDIATE
/// meets a locked file and Microsoft.Data.Sqlite retries it after a blocking 150 ms Thread.Sleep, which
/// on a small machine also starves the thread pool the bus needs (measured: 57 ms per task waiting to
/// begin, a sixth of the tasks waiting over 100 ms). Writers in other processes still meet the lock
/// and are handled by the connection's busy timeout. Server databases get no gate.
/// </summary>
internal static class SqliteWriteGate
{
    // By connection string, so each task does not parse it again; by full path, so two spellings of one file share a gate.
    static readonly ConcurrentDictionary<string, SemaphoreSlim> ByConnectionString = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<string, SemaphoreSlim> ByFile = new(StringComparer.Ordinal);

    public static async ValueTask<Entered> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return default;
        var gate = ByConnectionString.GetOrAdd(db.Database.GetConnectionString()!, static connectionString =>
            ByFile.GetOrAdd(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), _ => new SemaphoreSlim(1, 1)));
        await gate.WaitAsync(cancellationToken);
        return new Entered(gate);
    }

    /// <summary>Leaves the gate when disposed; declare it before the transaction so it is released after.</summary>
    public readonly struct Entered(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
