using DsarPlatform.Contracts;

namespace DsarPlatform.Web.Audit;

/// <summary>An item a store kept despite an erasure, with the store that keeps it.</summary>
public sealed record RetainedRecord(string Store, RetainedItem Item);
