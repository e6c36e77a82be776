namespace DsarPlatform.Contracts;

/// <summary>
/// Apply accepted corrections. The new values are personal data, so they travel sealed
/// (<see cref="PayloadSeal"/>) as a JSON array of <see cref="FieldChange"/>; a store applies the fields
/// it holds, ignores the others, and counts what it changed per field.
/// </summary>
public sealed record RectifySubjectData(Guid TaskId, Guid RequestId, string AccountId, string SealedChanges) : IStoreTask;
