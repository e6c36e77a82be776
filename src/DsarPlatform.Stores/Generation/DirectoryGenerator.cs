namespace DsarPlatform.Stores.Generation;

/// <summary>A profile per account; nine in ten listed in the search, the rest delisted long ago.</summary>
internal static class DirectoryGenerator
{
    public static void Write(BulkWriter writer, GenerationPlan plan, IReadOnlyList<GeneratedPerson> people)
    {
        var random = new Random(plan.Seed + 1);
        var profiles = writer.Table("Profiles", "AccountId", "DisplayName", "FullName", "Email", "Phone", "Country", "PostalCode", "City", "DateOfBirth", "CreatedAtUtc");
        var listings = writer.Table("Listings", "AccountId", "Listed", "ListedAtUtc", "DelistedAtUtc", "VisibleUntilUtc");
        foreach (var person in people)
        {
            var created = plan.NowUtc.AddDays(-30 - random.Next(2000)).AddSeconds(-random.Next(86_400));
            writer.Insert(profiles, person.AccountId, person.FirstName, person.FullName, person.Email, person.Phone,
                person.Country, person.PostalCode, person.City, person.DateOfBirth, created);
            var listed = person.AccountId == GenerationPlan.HeavyUser || random.Next(10) != 0;
            DateTime? delisted = listed ? null : created.AddDays(10);
            writer.Insert(listings, person.AccountId, listed, created, delisted, delisted?.AddDays(14));
        }
    }
}
