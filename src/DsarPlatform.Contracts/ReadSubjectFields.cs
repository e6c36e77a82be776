namespace DsarPlatform.Contracts;

/// <summary>
/// Read the current values of the named <see cref="SubjectFields"/>, so an agent deciding a correction sees what each
/// store holds beside what the requester asked for. Field names only; a store answers for the fields it holds, with
/// the values sealed (<see cref="PayloadSeal"/>) as a JSON list of <see cref="FieldValue"/> in
/// <see cref="StoreTaskOutcome.SealedFields"/>, and changes nothing.
/// </summary>
public sealed record ReadSubjectFields(Guid TaskId, Guid RequestId, string AccountId, IReadOnlyList<string> Fields) : IStoreTask;
