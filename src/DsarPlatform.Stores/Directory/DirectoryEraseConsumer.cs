using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Directory;

/// <summary>
/// Empties the profile's personal fields and delists the account. The listing can still be found
/// for the propagation delay; the workflow confirms its removal afterwards with
/// <see cref="CheckDirectoryListing"/>.
/// </summary>
public sealed class DirectoryEraseConsumer(
    DirectoryDbContext db, TimeProvider clock, IOptions<StoreOptions> options, ILogger<DirectoryEraseConsumer> logger)
    : StoreTaskConsumer<EraseSubjectData, DirectoryDbContext>(db, clock, logger)
{
    readonly TimeSpan propagationDelay = options.Value.Directory.PropagationDelay;

    protected override string StoreName => StoreNames.Directory;
    protected override string Action => StoreActions.Erase;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var profiles = 0;
        var profile = await Db.Profiles.SingleOrDefaultAsync(p => p.AccountId == command.AccountId, cancellationToken);
        if (profile is not null && profile.ErasedAtUtc is null)
        {
            profile.DisplayName = null;
            profile.FullName = null;
            profile.Email = null;
            profile.Phone = null;
            profile.Country = null;
            profile.PostalCode = null;
            profile.City = null;
            profile.DateOfBirth = null;
            profile.ErasedAtUtc = now;
            profiles = 1;
        }

        var listings = 0;
        var listing = await Db.Listings.SingleOrDefaultAsync(l => l.AccountId == command.AccountId, cancellationToken);
        // An account delisted before keeps its earlier visible-until: erasing again must not extend it.
        if (listing is { Listed: true })
        {
            listing.Listed = false;
            listing.DelistedAtUtc = now;
            listing.VisibleUntilUtc = now + propagationDelay;
            listings = 1;
        }

        return new StoreTaskOutcome([new("profile", profiles), new("search-listing", listings)], []);
    }
}
