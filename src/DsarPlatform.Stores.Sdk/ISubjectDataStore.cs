using DsarPlatform.Contracts;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// What a store team implements: export, rectify and erase one person's data in its own database, and read the
/// current values of the fields a correction names. The SDK's consumers (<see cref="ExportConsumer{TStore}"/>,
/// <see cref="RectifyConsumer{TStore}"/>, <see cref="EraseConsumer{TStore}"/>, <see cref="ReadFieldsConsumer{TStore}"/>)
/// wrap each call in a transaction on <see cref="Db"/>, make it idempotent by task id and report the result, so an
/// implementation only does its effect.
/// </summary>
/// <remarks>
/// Throw <see cref="PermanentStoreException"/> for what retrying cannot fix; any other exception is
/// retried by the bus. Never put personal data in exception messages or logs.
/// </remarks>
public interface ISubjectDataStore
{
    /// <summary>The store's name (<see cref="StoreNames"/>): its queue and the name in results and export files.</summary>
    string Name { get; }

    /// <summary>The store's database; the effect and the processed-task record commit together in it.</summary>
    StoreDbContext Db { get; }

    /// <summary>Write every category the store holds about the account, one <see cref="ExportWriter.WriteCategoryAsync{T}"/> each.</summary>
    Task ExportAsync(string accountId, ExportWriter export, CancellationToken cancellationToken);

    /// <summary>
    /// Apply the changes to the fields this store holds and ignore the rest; return one count per field
    /// applied (<see cref="FieldValues.CountCategory"/>). Validate with <see cref="FieldValues"/>.
    /// </summary>
    Task<IReadOnlyList<CategoryCount>> RectifyAsync(string accountId, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken);

    /// <summary>
    /// The current values of the named fields this store holds, one <see cref="FieldValue"/> each (a null value when it
    /// holds the field but has none for the account); leave out the fields it does not hold. Read only: change nothing.
    /// The default is for a store that holds none of the <see cref="SubjectFields"/>.
    /// </summary>
    Task<IReadOnlyList<FieldValue>> ReadFieldsAsync(string accountId, IReadOnlyList<string> fields, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldValue>>([]);

    /// <summary>
    /// Erase or anonymise the account's data; report what was erased per category and what was kept
    /// by law. Every retained item is recorded in the retention ledger by the SDK, so the store must
    /// implement <see cref="IRetainingStore"/> if it ever retains anything.
    /// </summary>
    Task<StoreTaskOutcome> EraseAsync(EraseSubjectData command, CancellationToken cancellationToken);
}
