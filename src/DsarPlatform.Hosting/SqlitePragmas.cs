using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Hosting;

/// <summary>
/// Settings each store connection gets when it opens: a 32 MB SQLite page cache instead of the 2 MB default
/// (erasing or exporting a heavy user walks several indexes of a million-row table), WAL-appropriate
/// syncing, and a busy timeout.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    // synchronous=NORMAL under WAL: commits stay atomic and survive a process crash; a power loss may drop the
    // last commits, but a task's effect and its idempotency record go together, so the redelivery redoes both.
    // busy_timeout: a writer that finds the file locked (another process, or a recurring job) waits inside
    // SQLite in steps of a few milliseconds; without it Microsoft.Data.Sqlite sleeps 150 ms per retry.
    const string Pragma = "PRAGMA cache_size = -32768; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;";

    public static readonly SqlitePragmas Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
