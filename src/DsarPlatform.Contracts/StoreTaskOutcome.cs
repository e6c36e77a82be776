namespace DsarPlatform.Contracts;

/// <summary>
/// What a store did: how many records of each data category it erased, exported or rectified (by the
/// task's action), the items kept by law, for a listing check whether the account is still listed,
/// for an export the files it wrote (paths relative to the export drop), for an identification the
/// accounts found: a sealed (<see cref="PayloadSeal"/>) JSON list of <see cref="AccountOnRecord"/>, and for a
/// field read the fields held and their current values: a sealed JSON list of <see cref="FieldValue"/>, and for a
/// disclosures listing the year's disclosures for direct marketing: a sealed JSON list of <see cref="MarketingDisclosure"/>.
/// </summary>
public sealed record StoreTaskOutcome(
    IReadOnlyList<CategoryCount> Counts,
    IReadOnlyList<RetainedItem> Retained,
    bool? StillListed = null,
    IReadOnlyList<string>? Files = null,
    string? SealedAccounts = null,
    string? SealedFields = null,
    string? SealedDisclosures = null)
{
    public static StoreTaskOutcome Listing(bool stillListed) => new([], [], stillListed);
}
