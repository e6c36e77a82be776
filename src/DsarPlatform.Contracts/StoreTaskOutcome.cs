namespace DsarPlatform.Contracts;

/// <summary>
/// What a store did: counts per data category, the items kept by law, and for a listing check
/// whether the account is still listed.
/// </summary>
public sealed record StoreTaskOutcome(
    IReadOnlyList<CategoryCount> Erased,
    IReadOnlyList<RetainedItem> Retained,
    bool? StillListed = null)
{
    public static StoreTaskOutcome Listing(bool stillListed) => new([], [], stillListed);
}
