using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// One sealer at a time across hosts: on a server database a transaction holding a lock taken before the head is read
/// (PostgreSQL: a transaction-scoped advisory lock; SQL Server: an application lock owned by the transaction), so the
/// second sealer waits and then reads the head the first one moved, instead of hashing onto a stale head and losing.
/// The lock goes with the transaction's end, or with the connection of a host that dies. SQLite has one host and
/// serializes its writers itself: nothing is taken there (a transaction would hold the file's write lock while reading).
/// </summary>
public static class AuditSealLock
{
    const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";
    /// <summary>The advisory lock's key: "DSARSEAL" in ASCII, so it does not meet another application's number by chance.</summary>
    const long PostgreSqlKey = 0x4453_4152_5345_414C;

    /// <returns>The transaction holding the lock (commit it after the save), or null on SQLite.</returns>
    public static async Task<IDbContextTransaction?> TakeAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var sql = database.ProviderName switch
        {
            PostgreSql => $"SELECT pg_advisory_xact_lock({PostgreSqlKey})",
            SqlServer => "EXEC sp_getapplock @Resource = 'dsar-audit-seal', @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1",
            _ => null,
        };
        if (sql is null) return null;
        var transaction = await database.BeginTransactionAsync(cancellationToken);
        try
        {
            await database.ExecuteSqlRawAsync(sql, cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
