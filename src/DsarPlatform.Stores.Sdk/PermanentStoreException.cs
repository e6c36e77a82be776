namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// A failure retrying cannot fix (e.g. the account is under a legal hold the store may not lift).
/// The base consumer reports it as <c>StoreTaskFailed</c> instead of retrying. The reason travels
/// on the bus and into logs, so it must name the cause and never carry personal data.
/// </summary>
public sealed class PermanentStoreException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
