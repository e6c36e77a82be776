using System.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace DsarPlatform.Workflows.Data;

/// <summary>
/// Several reads that must agree (a request's page: its tasks, journal and the values read for it) from one snapshot,
/// so a commit between two of them cannot show a state that never was. SQLite: a deferred transaction (Microsoft.Data.Sqlite
/// begins one for ReadUncommitted; without a shared cache it reads committed data as of its first read, and takes no
/// write lock). PostgreSQL: repeatable read. SQL Server: none (its repeatable read would hold locks against writers).
/// </summary>
public static class ReadSnapshot
{
    public static async Task<IDbContextTransaction?> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => await database.BeginTransactionAsync(IsolationLevel.ReadUncommitted, cancellationToken),
            PendingRows.PostgreSql => await database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken),
            _ => null,
        };
}
