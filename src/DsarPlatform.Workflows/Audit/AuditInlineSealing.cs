using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Workflows.Audit;

/// <summary>
/// Seals each save's new audit entries in that save, on a SQLite workflow database: registered after the
/// <c>SqliteSaveGate</c>, so it runs in the writer's turn, where no other save of this host can move the head between
/// its read and the commit. This spares the sealer's later read and rewrite of every entry (18 a deletion request).
/// Server databases keep the sealer alone: there, hosts write at once and an inline seal would make them queue.
/// </summary>
public sealed class AuditInlineSealing : SaveChangesInterceptor
{
    public static readonly AuditInlineSealing Instance = new();

    AuditInlineSealing() { }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is DsarDbContext db) await db.SealQueuedEntriesAsync(cancellationToken);
        return result;
    }
}
