using System.Text.Json;
using DsarPlatform.Contracts;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Handles <see cref="ReadSubjectFields"/> for any <see cref="ISubjectDataStore"/>: asks the store for the current
/// values of the fields it holds and answers them sealed, so neither the broker, an error queue nor the workflow's
/// database holds them in clear. The counts name each field held (<c>field:&lt;name&gt;</c>: 1 with a value, 0 without).
/// </summary>
/// <remarks>
/// A read changes nothing, so it runs outside the write lock; its record makes a redelivery answer the values first read.
/// </remarks>
public sealed class ReadFieldsConsumer<TStore> : StoreTaskConsumer<ReadSubjectFields, StoreDbContext>
    where TStore : ISubjectDataStore
{
    readonly TStore store;
    readonly PayloadSeal seal;

    public ReadFieldsConsumer(TStore store, PayloadSeal seal, TimeProvider clock, ILogger<ReadFieldsConsumer<TStore>> logger)
        : base(store.Db, clock, logger)
    {
        this.store = store;
        this.seal = seal;
    }

    protected override string StoreName => store.Name;
    protected override string Action => StoreActions.ReadFields;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(ReadSubjectFields command, CancellationToken cancellationToken)
    {
        var asked = command.Fields.ToHashSet(StringComparer.Ordinal);
        // Only what was asked, once per field: a store's extra answers would show beside fields nobody asked about.
        var held = (await store.ReadFieldsAsync(command.AccountId, command.Fields, cancellationToken))
            .Where(f => asked.Contains(f.Field)).DistinctBy(f => f.Field).ToList();
        var counts = held.Select(f => new CategoryCount(FieldValues.CountCategory(f.Field), f.Value is null ? 0 : 1)).ToList();
        return new StoreTaskOutcome(counts, [], SealedFields: seal.Seal(JsonSerializer.Serialize(held, AccountRecords.Json)));
    }
}
