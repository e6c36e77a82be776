using DsarPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Handles <see cref="ExportSubjectData"/> for any <see cref="ISubjectDataStore"/>: writes
/// <c>{requestId:N}/{store}.json</c> to the export drop and reports the file and the counts per category.
/// </summary>
/// <remarks>
/// A redelivery after the task was recorded is answered from the record; one before (a crash between
/// the file move and the commit) writes the file again and replaces it, which changes nothing but its
/// export time.
/// </remarks>
public sealed class ExportConsumer<TStore> : StoreTaskConsumer<ExportSubjectData, StoreDbContext>
    where TStore : ISubjectDataStore
{
    readonly TStore store;
    readonly ExportDrop drop;

    public ExportConsumer(TStore store, ExportDrop drop, TimeProvider clock, ILogger<ExportConsumer<TStore>> logger)
        : base(store.Db, clock, logger)
    {
        this.store = store;
        this.drop = drop;
    }

    protected override string StoreName => store.Name;
    protected override string Action => StoreActions.Export;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(ExportSubjectData command, CancellationToken cancellationToken)
    {
        var relativePath = ExportDrop.RelativePath(command.RequestId, store.Name);
        await using var export = ExportWriter.Begin(drop.Path, relativePath, store.Name, command.AccountId, Clock.GetUtcNow().UtcDateTime);
        await store.ExportAsync(command.AccountId, export, cancellationToken);
        await export.CompleteAsync(cancellationToken);
        return new StoreTaskOutcome(export.Counts.ToList(), [], Files: [relativePath]);
    }
}
