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
    public async Task<AccountRecord?> FindAsync(string? accountId, string? email, CancellationToken cancellationToken)
    {
        var profiles = directory.Profiles.AsNoTracking().Where(p => p.Email != null && p.ErasedAtUtc == null);
        var profile = accountId is not null
            ? await profiles.SingleOrDefaultAsync(p => p.AccountId == accountId, cancellationToken)
            : email is not null
                ? await profiles.FirstOrDefaultAsync(p => p.Email!.ToLower() == email.ToLower(), cancellationToken)
                : null;
        if (profile is null) return null;

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
