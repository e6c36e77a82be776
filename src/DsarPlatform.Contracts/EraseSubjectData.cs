namespace DsarPlatform.Contracts;

/// <summary>Erase or anonymise the account's personal data, keeping only what law requires.</summary>
public sealed record EraseSubjectData(Guid TaskId, Guid RequestId, string AccountId) : IStoreTask;
