namespace DsarPlatform.Workflows.Verification;

/// <summary>What the company's records say about an account: where to write, and the data points to match.</summary>
public sealed record AccountRecord(string AccountId, string Email, IReadOnlyDictionary<string, string> DataPoints);
