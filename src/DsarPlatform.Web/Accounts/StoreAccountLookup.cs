using DsarPlatform.Stores.Billing;
using DsarPlatform.Stores.Directory;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Accounts;

/// <summary>
/// Reads the account's records where the company keeps them: the directory profile (the email on
/// record, phone, address, birth date) and billing (cards' last four digits, billing postal code).
/// </summary>
public sealed class StoreAccountLookup(DirectoryDbContext directory, BillingDbContext billing) : IAccountLookup
{
    /// <summary>
    /// Bounds the profiles read per name word when searching by details. A very common word may leave the holder
    /// unfound (then no notice goes out); it cannot make a wrong match, which needs the whole name and more.
    /// </summary>
    const int CandidatesPerWord = 50;

    public async Task<AccountRecord?> FindAsync(string? accountId, string? email, CancellationToken cancellationToken)
    {
        var profile = accountId is not null
            ? await Profiles.SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken)
            : email is not null
                ? await Profiles.FirstOrDefaultAsync(p => p.Email!.ToLower() == email.ToLower(), cancellationToken)
                : null;
        return profile is null ? null : await RecordAsync(profile, cancellationToken);
    }

    public async Task<AccountRecord?> FindByDataPointsAsync(IReadOnlyDictionary<string, string> submitted, CancellationToken cancellationToken)
    {
        var name = submitted.FirstOrDefault(p => string.Equals(p.Key, HolderIdentification.NameField, StringComparison.OrdinalIgnoreCase)).Value;
        if (string.IsNullOrWhiteSpace(name) || HolderIdentification.NameKey(name) is not { Length: > 0 } wanted) return null;

        // Names are compared normalised (case, accents, word order), which SQL cannot do portably; any word of
        // the name narrows the profiles to a few, and the exact comparison happens here.
        var candidates = new Dictionary<string, DirectoryProfile>();
        foreach (var word in wanted.Split(' ').Where(w => w.Length >= 2).Distinct())
        {
            var found = await Profiles.Where(p => p.FullName != null && p.FullName.ToLower().Contains(word))
                .OrderBy(p => p.AccountId).Take(CandidatesPerWord).ToListAsync(cancellationToken);
            foreach (var profile in found.Where(p => HolderIdentification.NameKey(p.FullName!) == wanted)) candidates[profile.AccountId] = profile;
        }

        var records = new List<AccountRecord>();
        foreach (var profile in candidates.Values) records.Add(await RecordAsync(profile, cancellationToken));
        return HolderIdentification.Unique(records, submitted);
    }

    IQueryable<DirectoryProfile> Profiles => directory.Profiles.AsNoTracking().Where(p => p.Email != null && p.ErasedAtUtc == null);

    async Task<AccountRecord> RecordAsync(DirectoryProfile profile, CancellationToken cancellationToken)
    {
        var dataPoints = new Dictionary<string, string>();
        Add(dataPoints, "fullName", profile.FullName);
        Add(dataPoints, "phone", profile.Phone);
        Add(dataPoints, "country", profile.Country);
        Add(dataPoints, "postalCode", profile.PostalCode);
        Add(dataPoints, "dateOfBirth", profile.DateOfBirth?.ToString("yyyy-MM-dd"));
        var lastFour = await billing.PaymentInstruments.AsNoTracking()
            .Where(i => i.AccountId == profile.AccountId).Select(i => i.LastFour).ToListAsync(cancellationToken);
        Add(dataPoints, "cardLastFour", string.Join(",", lastFour));
        return new AccountRecord(profile.AccountId, profile.Email!, dataPoints);
    }

    static void Add(Dictionary<string, string> points, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) points[name] = value;
    }
}
