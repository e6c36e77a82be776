namespace DsarPlatform.Contracts;

/// <summary>
/// What a store did: how many records of each data category it erased, exported or rectified (by the
/// task's action), the items kept by law, for a listing check whether the account is still listed,
/// and for an export the files it wrote (paths relative to the export drop).
/// </summary>
public sealed record StoreTaskOutcome(
    IReadOnlyList<CategoryCount> Counts,
    IReadOnlyList<RetainedItem> Retained,
    bool? StillListed = null,
    IReadOnlyList<string>? Files = null)
{
    public static StoreTaskOutcome Listing(bool stillListed) => new([], [], stillListed);
}
