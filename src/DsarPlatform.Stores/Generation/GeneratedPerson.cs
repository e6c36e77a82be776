namespace DsarPlatform.Stores.Generation;

/// <summary>A made-up person behind a generated account (example.com addresses, 555 numbers).</summary>
internal sealed record GeneratedPerson(
    string AccountId, string FirstName, string LastName, string Email, string Phone, string Country, string City, string PostalCode, DateOnly DateOfBirth)
{
    static readonly string[] FirstNames = ["Ada", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tara"];
    static readonly string[] LastNames = ["Archer", "Brandt", "Costa", "Dubois", "Evans", "Fischer", "Garcia", "Hansen", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov"];
    static readonly (string Country, string City, string PostalPrefix)[] Places = [("US", "Springfield", "627"), ("FR", "Lyon", "690"), ("DE", "Leipzig", "041"), ("GB", "Leeds", "LS1 "), ("NL", "Utrecht", "352")];

    public string FullName => $"{FirstName} {LastName}";

    public static IReadOnlyList<GeneratedPerson> Create(GenerationPlan plan)
    {
        var random = new Random(plan.Seed);
        var people = new GeneratedPerson[plan.Accounts];
        for (var i = 0; i < plan.Accounts; i++)
        {
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var place = Places[random.Next(Places.Length)];
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(365 * 55));
            people[i] = new GeneratedPerson(GenerationPlan.AccountId(i), first, last,
                $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}.{i}@example.com", $"+1555{i:D7}",
                place.Country, place.City, $"{place.PostalPrefix}{random.Next(10, 99)}", born);
        }
        return people;
    }
}
