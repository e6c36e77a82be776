namespace DsarPlatform.Contracts;

/// <summary>Ask the directory whether the account can still be found in the public search listing.</summary>
public sealed record CheckDirectoryListing(Guid TaskId, Guid RequestId, string AccountId) : IStoreTask;
