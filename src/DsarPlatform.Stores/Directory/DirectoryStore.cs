using System.Globalization;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Hosting;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Stores.Directory;

/// <summary>
/// The directory store: the profile and the public search listing. Erasure empties the profile's
/// personal fields and delists the account; the listing can still be found for the propagation delay,
/// and the workflow confirms its removal afterwards with <see cref="CheckDirectoryListing"/>.
/// </summary>
public sealed class DirectoryStore(DirectoryDbContext db, TimeProvider clock, IOptions<StoreOptions> options) : ISubjectDataStore
{
    static readonly CategoryDescription Profile = new("profile",
        "Your profile: display name, full name, email, phone, where you live and date of birth.",
        "To run your account, let people find you and check who you are when you contact us.",
        "contract: needed to provide your account", [], "Until you close your account or ask us to erase it.",
        "You, when you signed up or edited your profile.");

    static readonly CategoryDescription Listing = new("search-listing",
        "Whether other users can find you in the public search, and since when.", "To let people who know you find you.",
        "consent: you chose to be listed", ["other users of the service who search for you"],
        "Until you delist or ask us to erase it; after that it can take up to two weeks to disappear from search.",
        "You, through your privacy settings.");

    readonly TimeSpan propagationDelay = options.Value.Directory.PropagationDelay;

    public string Name => StoreNames.Directory;
    public StoreDbContext Db => db;

    public async Task ExportAsync(string accountId, ExportWriter export, CancellationToken cancellationToken)
    {
        await export.WriteCategoryAsync(Profile,
            db.Profiles.AsNoTracking().Where(p => p.AccountId == accountId).AsAsyncEnumerable(),
            (p, r) => r.Add("displayName", p.DisplayName).Add("fullName", p.FullName).Add("email", p.Email).Add("phone", p.Phone)
                .Add("country", p.Country).Add("postalCode", p.PostalCode).Add("city", p.City).Add("dateOfBirth", p.DateOfBirth)
                .Add("createdAtUtc", p.CreatedAtUtc),
            cancellationToken);
        await export.WriteCategoryAsync(Listing,
            db.Listings.AsNoTracking().Where(l => l.AccountId == accountId).AsAsyncEnumerable(),
            (l, r) => r.Add("listed", l.Listed).Add("listedAtUtc", l.ListedAtUtc).Add("delistedAtUtc", l.DelistedAtUtc)
                .Add("searchableUntilUtc", l.VisibleUntilUtc),
            cancellationToken);
    }

    public async Task<IReadOnlyList<CategoryCount>> RectifyAsync(string accountId, IReadOnlyList<FieldChange> changes, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.AccountId == accountId && p.ErasedAtUtc == null, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counts = new Dictionary<string, int>();
        foreach (var change in changes)
        {
            // Validated even when the profile is gone: a bad value is a bad request either way.
            Action<DirectoryProfile> apply;
            switch (change.Field)
            {
                case SubjectFields.DisplayName: { var v = FieldValues.Text(change, 100); apply = p => p.DisplayName = v; break; }
                case SubjectFields.FullName: { var v = FieldValues.Text(change, 200); apply = p => p.FullName = v; break; }
                case SubjectFields.Phone: { var v = FieldValues.Phone(change); apply = p => p.Phone = v; break; }
                case SubjectFields.Country: { var v = FieldValues.Country(change); apply = p => p.Country = v; break; }
                case SubjectFields.PostalCode: { var v = FieldValues.Text(change, 20); apply = p => p.PostalCode = v; break; }
                case SubjectFields.City: { var v = FieldValues.Text(change, 100); apply = p => p.City = v; break; }
                case SubjectFields.DateOfBirth: { var v = FieldValues.Date(change, today); apply = p => p.DateOfBirth = v; break; }
                default: continue;
            }
            if (profile is not null) apply(profile);
            counts[change.Field] = profile is null ? 0 : 1;
        }
        return counts.Select(c => new CategoryCount(FieldValues.CountCategory(c.Key), c.Value)).ToList();
    }

    public async Task<IReadOnlyList<FieldValue>> ReadFieldsAsync(string accountId, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.AccountId == accountId && p.ErasedAtUtc == null, cancellationToken);
        return fields.Distinct().Select(field => field switch
        {
            SubjectFields.DisplayName => new FieldValue(field, profile?.DisplayName),
            SubjectFields.FullName => new FieldValue(field, profile?.FullName),
            SubjectFields.Phone => new FieldValue(field, profile?.Phone),
            SubjectFields.Country => new FieldValue(field, profile?.Country),
            SubjectFields.PostalCode => new FieldValue(field, profile?.PostalCode),
            SubjectFields.City => new FieldValue(field, profile?.City),
            SubjectFields.DateOfBirth => new FieldValue(field, profile?.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            _ => null,
        }).OfType<FieldValue>().ToList();
    }

    public async Task<StoreTaskOutcome> EraseAsync(EraseSubjectData command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var profiles = 0;
        var profile = await db.Profiles.SingleOrDefaultAsync(p => p.AccountId == command.AccountId, cancellationToken);
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
        var listing = await db.Listings.SingleOrDefaultAsync(l => l.AccountId == command.AccountId, cancellationToken);
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
