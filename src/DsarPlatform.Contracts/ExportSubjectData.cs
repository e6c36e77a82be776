namespace DsarPlatform.Contracts;

/// <summary>
/// Write everything the store holds about the account to the export drop, as
/// <c>{requestId:N}/{store}.json</c> in the <see cref="ExportDocument"/> format; the data travels as that
/// file, never in a message. The outcome lists the file and counts per category.
/// </summary>
public sealed record ExportSubjectData(Guid TaskId, Guid RequestId, string AccountId) : IStoreTask;
