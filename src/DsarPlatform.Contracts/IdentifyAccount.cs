namespace DsarPlatform.Contracts;

/// <summary>
/// Find the account a request is about and answer what the store holds to verify the requester: the first
/// step of every request, after intake has answered. <see cref="AccountId"/> is the account ID the requester
/// typed, or empty; everything else (the typed email and name, candidate account IDs) is in
/// <see cref="SealedQuery"/>, a sealed (<see cref="PayloadSeal"/>) JSON <see cref="AccountQuery"/>. The outcome
/// carries the store's records, sealed, in <see cref="StoreTaskOutcome.SealedAccounts"/>.
/// </summary>
public sealed record IdentifyAccount(Guid TaskId, Guid RequestId, string AccountId, string SealedQuery) : IStoreTask;
