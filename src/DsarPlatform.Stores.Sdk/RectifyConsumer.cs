using System.Security.Cryptography;
using System.Text.Json;
using DsarPlatform.Contracts;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Handles <see cref="RectifySubjectData"/> for any <see cref="ISubjectDataStore"/>: opens the sealed
/// changes and hands them to the store. Changes that cannot be opened fail permanently: retrying
/// would not make a wrong key or an altered payload readable.
/// </summary>
public sealed class RectifyConsumer<TStore> : StoreTaskConsumer<RectifySubjectData, StoreDbContext>
    where TStore : ISubjectDataStore
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TStore store;
    readonly PayloadSeal seal;

    public RectifyConsumer(TStore store, PayloadSeal seal, TimeProvider clock, ILogger<RectifyConsumer<TStore>> logger)
        : base(store.Db, clock, logger)
    {
        this.store = store;
        this.seal = seal;
    }

    protected override string StoreName => store.Name;
    protected override string Action => StoreActions.Rectify;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(RectifySubjectData command, CancellationToken cancellationToken)
    {
        var counts = await store.RectifyAsync(command.AccountId, Open(command.SealedChanges), cancellationToken);
        return new StoreTaskOutcome(counts, []);
    }

    IReadOnlyList<FieldChange> Open(string sealedChanges)
    {
        try
        {
            var changes = JsonSerializer.Deserialize<List<FieldChange>>(seal.Open(sealedChanges), Json);
            if (changes is null || changes.Any(c => c?.Field is null || c.NewValue is null))
                throw new PermanentStoreException("the sealed changes are not a list of field changes");
            return changes;
        }
        catch (Exception failure) when (failure is CryptographicException or FormatException or JsonException)
        {
            // The exception text may quote the payload, so only its kind is reported.
            throw new PermanentStoreException($"the sealed changes could not be opened ({failure.GetType().Name})");
        }
    }
}
