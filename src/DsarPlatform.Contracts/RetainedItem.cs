namespace DsarPlatform.Contracts;

/// <summary>Records a store keeps despite an erasure, why, and until when.</summary>
public sealed record RetainedItem(string Category, int Count, string LegalBasis, DateTime RetainUntilUtc);
