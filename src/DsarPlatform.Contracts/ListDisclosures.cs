namespace DsarPlatform.Contracts;

/// <summary>
/// List the account's disclosures of personal information to third parties for their direct marketing in one calendar
/// year (California's "Shine the Light", Civil Code 1798.83). The store answers with the disclosures of that
/// <see cref="Year"/>, sealed (<see cref="PayloadSeal"/>) as a JSON list of <see cref="MarketingDisclosure"/> in
/// <see cref="StoreTaskOutcome.SealedDisclosures"/>, and changes nothing.
/// </summary>
public sealed record ListDisclosures(Guid TaskId, Guid RequestId, string AccountId, int Year) : IStoreTask;
