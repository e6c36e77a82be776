using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DsarPlatform.Stores.Directory;

/// <summary>
/// Finds the profile a request is about: by the account ID the requester typed, else by the email on record.
/// When neither matches, lists the profiles whose name contains one of the typed name's words, so the
/// workflow can tell the one holder the details identify (it compares; the store only reads).
/// </summary>
public sealed class DirectoryIdentifyConsumer(DirectoryDbContext db, PayloadSeal seal, TimeProvider clock, ILogger<DirectoryIdentifyConsumer> logger)
    : StoreTaskConsumer<IdentifyAccount, DirectoryDbContext>(db, clock, logger)
{
    /// <summary>
    /// Bounds the profiles read per name word. A very common word may leave the holder unfound (then no notice
    /// goes out); it cannot make a wrong match, which needs the whole name and more.
    /// </summary>
    const int CandidatesPerWord = 20;

    protected override string StoreName => StoreNames.Directory;
    protected override string Action => StoreActions.Identify;
    protected override bool ReadsOnly => true;

    protected override async Task<StoreTaskOutcome> ExecuteAsync(IdentifyAccount command, CancellationToken cancellationToken)
    {
        var query = JsonSerializer.Deserialize<AccountQuery>(seal.Open(command.SealedQuery), AccountRecords.Json)!;
        var found = new List<AccountOnRecord>();
        var profile = query.AccountId is { Length: > 0 } accountId
            ? await Profiles.SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken)
            : query.Email is { Length: > 0 } email
                ? await Profiles.OrderBy(p => p.AccountId).FirstOrDefaultAsync(p => p.Email!.ToLower() == email.ToLower(), cancellationToken)
                : null;
        if (profile is not null)
        {
            found.Add(Record(profile, primary: true));
        }
        else
        {
            var candidates = new Dictionary<string, DirectoryProfile>();
            foreach (var word in (query.NameWords ?? []).Where(w => w.Length >= 2).Distinct())
            {
                var lower = word.ToLowerInvariant();
                foreach (var match in await Profiles.Where(p => p.FullName != null && p.FullName.ToLower().Contains(lower))
                             .OrderBy(p => p.AccountId).Take(CandidatesPerWord).ToListAsync(cancellationToken))
                    candidates[match.AccountId] = match;
            }
            found.AddRange(candidates.Values.Select(p => Record(p, primary: false)));
        }
        return AccountRecords.Outcome(seal, found);
    }

    IQueryable<DirectoryProfile> Profiles => Db.Profiles.AsNoTracking().Where(p => p.Email != null && p.ErasedAtUtc == null);

    static AccountOnRecord Record(DirectoryProfile profile, bool primary)
    {
        var points = new Dictionary<string, string>();
        AccountRecords.Add(points, "fullName", profile.FullName);
        AccountRecords.Add(points, "phone", profile.Phone);
        AccountRecords.Add(points, "country", profile.Country);
        AccountRecords.Add(points, "postalCode", profile.PostalCode);
        AccountRecords.Add(points, "dateOfBirth", profile.DateOfBirth?.ToString("yyyy-MM-dd"));
        return new AccountOnRecord(profile.AccountId, primary, profile.Email, points);
    }
}
