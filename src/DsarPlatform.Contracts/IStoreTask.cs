namespace DsarPlatform.Contracts;

/// <summary>
/// What every command to a store carries: the task it belongs to (the idempotency key),
/// the request it serves and the account it concerns. Ids only: never names, emails or content.
/// </summary>
public interface IStoreTask
{
    Guid TaskId { get; }
    Guid RequestId { get; }
    string AccountId { get; }
}
