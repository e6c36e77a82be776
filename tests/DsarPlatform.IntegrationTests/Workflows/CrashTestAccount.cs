namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>A customer written into the stores' databases for a test, with the email on record its links go to.</summary>
public sealed record CrashTestAccount(string AccountId, string Email, string FullName);
