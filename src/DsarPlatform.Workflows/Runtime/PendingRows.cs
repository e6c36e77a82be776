using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// The unsent rows of a delivery table (outbox, outgoing emails) this host may send now, oldest first. On a
/// server database every web host relays the same table: each batch is read in a transaction that locks its
/// rows and skips rows another host holds (<c>FOR UPDATE SKIP LOCKED</c>), so no row is sent by two hosts; a
/// host that dies mid-batch releases its locks with its connection and another host sends what it had not
/// marked sent. SQLite has one host (its single writer), so a plain read there.
/// </summary>
public static class PendingRows
{
    internal const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    internal const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Begins the transaction that holds the claimed rows until the batch is marked sent; none on SQLite.</summary>
    public static async Task<IDbContextTransaction?> BeginClaimAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.ProviderName is PostgreSql or SqlServer ? await database.BeginTransactionAsync(cancellationToken) : null;

    /// <summary>
    /// Up to <paramref name="batchSize"/> rows of <paramref name="table"/> with no <c>SentAtUtc</c>, by <c>CreatedAtUtc</c>.
    /// </summary>
    /// <remarks><paramref name="table"/> is a name from code (never input); the batch size goes as a parameter.</remarks>
    public static IQueryable<T> Claim<T>(DbSet<T> rows, DatabaseFacade database, string table, int batchSize) where T : class
    {
        var sql = database.ProviderName switch
        {
            PostgreSql => "SELECT * FROM \"" + table + "\" WHERE \"SentAtUtc\" IS NULL ORDER BY \"CreatedAtUtc\" LIMIT {0} FOR UPDATE SKIP LOCKED",
            SqlServer => "SELECT TOP ({0}) * FROM [" + table + "] WITH (UPDLOCK, ROWLOCK, READPAST) WHERE [SentAtUtc] IS NULL ORDER BY [CreatedAtUtc]",
            _ => null,
        };
        return sql is not null
            ? rows.FromSqlRaw(sql, batchSize)
            : rows.Where(row => EF.Property<DateTime?>(row, "SentAtUtc") == null).OrderBy(row => EF.Property<DateTime>(row, "CreatedAtUtc")).Take(batchSize);
    }
}
