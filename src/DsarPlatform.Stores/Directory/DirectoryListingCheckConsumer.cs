using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Directory;

/// <summary>Answers whether a search can still find the account (listed, or delisted but still propagating).</summary>
public sealed class DirectoryListingCheckConsumer(DirectoryDbContext db, TimeProvider clock, ILogger<DirectoryListingCheckConsumer> logger)
    : StoreTaskConsumer<CheckDirectoryListing, DirectoryDbContext>(db, clock, logger)
{
    protected override string StoreName => StoreNames.Directory;
    protected override string Action => StoreActions.CheckListing;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(CheckDirectoryListing command, CancellationToken cancellationToken)
    {
        var listing = await Db.Listings.AsNoTracking().SingleOrDefaultAsync(l => l.AccountId == command.AccountId, cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        return StoreTaskOutcome.Listing(listing is not null && listing.IsVisibleAt(now));
    }
}
