namespace DsarPlatform.Contracts;

/// <summary>
/// A store erased records it had kept for a request once their retain-until date passed; the
/// workflow journals it on that request.
/// </summary>
public sealed record RetainedDataErased(Guid RequestId, string Store, string Category, int Count, DateTime ErasedAtUtc);
