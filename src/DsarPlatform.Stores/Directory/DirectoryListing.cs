namespace DsarPlatform.Stores.Directory;

/// <summary>
/// The account's entry in the public peer-to-peer search. Delisting does not take effect at once:
/// the entry can still be found until <see cref="VisibleUntilUtc"/>.
/// </summary>
public class DirectoryListing
{
    public required string AccountId { get; set; }
    public bool Listed { get; set; }
    public DateTime ListedAtUtc { get; set; }
    public DateTime? DelistedAtUtc { get; set; }
    public DateTime? VisibleUntilUtc { get; set; }

    /// <summary>Whether a search can still find the account at <paramref name="nowUtc"/>.</summary>
    public bool IsVisibleAt(DateTime nowUtc) => Listed || nowUtc < VisibleUntilUtc;
}
