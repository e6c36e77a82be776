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
    const string PostgreSql = "Npgsql.EntityFrameworkCore.PostgreSQL";
    const string SqlServer = "Microsoft.EntityFrameworkCore.SqlServer";

    /// <summary>Begins the transaction that holds the claimed rows until the batch is marked sent; none on SQLite.</summary>
    public static async Task<IDbContextTransaction?> BeginClaimAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.ProviderName is PostgreSql or SqlServer ? await database.BeginTransactionAsync(cancellationToken) : null;

    /// <summary>
    /// Up to <paramref name="batchSize"/> rows of <paramref name="table"/> with no <c>SentAtUtc</c> (nor <paramref name="settledColumn"/>,
    /// when given: rows settled another way, such as an email refused for good), by <c>CreatedAtUtc</c>.
    /// </summary>
    /// <remarks><paramref name="table"/> and <paramref name="settledColumn"/> are names from code (never input); the batch size goes as a parameter.</remarks>
    public static IQueryable<T> Claim<T>(DbSet<T> rows, DatabaseFacade database, string table, int batchSize, string? settledColumn = null) where T : class
    {
        var sql = database.ProviderName switch
        {
            PostgreSql => "SELECT * FROM \"" + table + "\" WHERE \"SentAtUtc\" IS NULL" + (settledColumn is null ? "" : " AND \"" + settledColumn + "\" IS NULL")
                          + " ORDER BY \"CreatedAtUtc\" LIMIT {0} FOR UPDATE SKIP LOCKED",
            SqlServer => "SELECT TOP ({0}) * FROM [" + table + "] WITH (UPDLOCK, ROWLOCK, READPAST) WHERE [SentAtUtc] IS NULL"
                         + (settledColumn is null ? "" : " AND [" + settledColumn + "] IS NULL") + " ORDER BY [CreatedAtUtc]",
            _ => null,
        };
        if (sql is not null) return rows.FromSqlRaw(sql, batchSize);
        var unsent = rows.Where(row => EF.Property<DateTime?>(row, "SentAtUtc") == null);
        if (settledColumn is not null) unsent = unsent.Where(row => EF.Property<DateTime?>(row, settledColumn) == null);
        return unsent.OrderBy(row => EF.Property<DateTime>(row, "CreatedAtUtc")).Take(batchSize);
    }
}
