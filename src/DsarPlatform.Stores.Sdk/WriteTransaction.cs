using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DsarPlatform.Stores.Sdk;

/// <summary>The transaction a store task's effect and record commit in, alone or in a SQLite group.</summary>
internal static class WriteTransaction
{
    public static async Task<IDbContextTransaction> BeginAsync(StoreDbContext db, CancellationToken cancellationToken = default)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // All or nothing: a failure rolls back the whole transaction, so SaveChanges needs no savepoint of its own.
        db.Database.AutoSavepointsEnabled = false;
        return transaction;
    }
}
