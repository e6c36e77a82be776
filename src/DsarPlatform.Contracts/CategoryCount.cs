namespace DsarPlatform.Contracts;

/// <summary>How many records of one data category (e.g. "call-records") a store acted on.</summary>
public sealed record CategoryCount(string Category, int Count);
