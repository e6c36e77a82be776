using DsarPlatform.Stores.Directory;

namespace DsarPlatform.Stores.DemoData;

/// <summary>A profile and a live search listing for each demo customer.</summary>
internal static class DirectorySeed
{
    public static void Add(DirectoryDbContext db, DateTime now)
    {
        foreach (var customer in DemoCustomers.All)
        {
            db.Profiles.Add(new DirectoryProfile
            {
                AccountId = customer.AccountId,
                DisplayName = customer.DisplayName,
                FullName = customer.FullName,
                Email = customer.Email,
                Phone = customer.Phone,
                Country = customer.Country,
                PostalCode = customer.PostalCode,
                City = customer.City,
                DateOfBirth = customer.DateOfBirth,
                CreatedAtUtc = now.AddDays(-400),
            });
            db.Listings.Add(new DirectoryListing { AccountId = customer.AccountId, Listed = true, ListedAtUtc = now.AddDays(-400) });
        }
    }
}
