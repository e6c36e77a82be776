using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Hosting;

/// <summary>
/// Settings each SQLite connection gets when it opens. Stores (<see cref="Instance"/>): a 32 MB page cache instead
/// of the 2 MB default (erasing or exporting a heavy user walks several indexes of a million-row table),
/// WAL-appropriate syncing, and a busy timeout. The workflow database (<see cref="Workflow"/>): the busy timeout
/// only, keeping SQLite's full sync, because a request answered 202 must survive a power loss too. Both: secure_delete,
/// a per-connection setting, so every connection of every file overwrites deleted content with zeros instead of
/// leaving it in free space where a byte search of the file would find an erased person's values.
/// </summary>
public sealed class SqlitePragmas(string pragma) : DbConnectionInterceptor
{
    // synchronous=NORMAL under WAL: commits stay atomic and survive a process crash; a power loss may drop the
    // last commits, but a task's effect and its idempotency record go together, so the redelivery redoes both.
    // busy_timeout: a writer that finds the file locked (another process, or a recurring job) waits inside
    // SQLite in steps of a few milliseconds; without it Microsoft.Data.Sqlite sleeps 150 ms per retry.
    public static readonly SqlitePragmas Instance = new("PRAGMA cache_size = -32768; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON;");

    public static readonly SqlitePragmas Workflow = new("PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
