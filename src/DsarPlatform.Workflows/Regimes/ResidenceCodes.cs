using System.Globalization;

namespace DsarPlatform.Workflows.Regimes;

/// <summary>
/// The codes a requester states their residence with: ISO 3166-1 alpha-2 countries (names from the platform's ICU data, as
/// the directory's records hold alpha-2 codes) and US state codes (the states, DC and the territories).
/// </summary>
public static class ResidenceCodes
{
    public const string UnitedStates = "US";

    /// <summary>Code → English name, ordered by name.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Countries { get; } = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => TryRegion(c.Name)).OfType<RegionInfo>()
        .Where(r => r.TwoLetterISORegionName.Length == 2 && r.TwoLetterISORegionName.All(char.IsAsciiLetterUpper))
        .DistinctBy(r => r.TwoLetterISORegionName)
        .Select(r => KeyValuePair.Create(r.TwoLetterISORegionName, r.EnglishName))
        .OrderBy(p => p.Value, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<KeyValuePair<string, string>> UsStates { get; } =
    [
        new("AL", "Alabama"), new("AK", "Alaska"), new("AS", "American Samoa"), new("AZ", "Arizona"), new("AR", "Arkansas"),
        new("CA", "California"), new("CO", "Colorado"), new("CT", "Connecticut"), new("DE", "Delaware"), new("DC", "District of Columbia"),
        new("FL", "Florida"), new("GA", "Georgia"), new("GU", "Guam"), new("HI", "Hawaii"), new("ID", "Idaho"), new("IL", "Illinois"),
        new("IN", "Indiana"), new("IA", "Iowa"), new("KS", "Kansas"), new("KY", "Kentucky"), new("LA", "Louisiana"), new("ME", "Maine"),
        new("MD", "Maryland"), new("MA", "Massachusetts"), new("MI", "Michigan"), new("MN", "Minnesota"), new("MS", "Mississippi"),
        new("MO", "Missouri"), new("MT", "Montana"), new("NE", "Nebraska"), new("NV", "Nevada"), new("NH", "New Hampshire"),
        new("NJ", "New Jersey"), new("NM", "New Mexico"), new("NY", "New York"), new("NC", "North Carolina"), new("ND", "North Dakota"),
        new("MP", "Northern Mariana Islands"), new("OH", "Ohio"), new("OK", "Oklahoma"), new("OR", "Oregon"), new("PA", "Pennsylvania"),
        new("PR", "Puerto Rico"), new("RI", "Rhode Island"), new("SC", "South Carolina"), new("SD", "South Dakota"), new("TN", "Tennessee"),
        new("TX", "Texas"), new("UM", "U.S. Minor Outlying Islands"), new("VI", "U.S. Virgin Islands"), new("UT", "Utah"), new("VT", "Vermont"),
        new("VA", "Virginia"), new("WA", "Washington"), new("WV", "West Virginia"), new("WI", "Wisconsin"), new("WY", "Wyoming"),
    ];

    static readonly HashSet<string> CountryCodes = Countries.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    static readonly HashSet<string> StateCodes = UsStates.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Trimmed and in capitals; null when blank.</summary>
    public static string? Normalize(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    public static bool IsCountry(string? code) => Normalize(code) is { } c && CountryCodes.Contains(c);

    public static bool IsUsState(string? code) => Normalize(code) is { } s && StateCodes.Contains(s);

    public static string CountryName(string code) => Countries.FirstOrDefault(c => c.Key == code).Value ?? code;

    static RegionInfo? TryRegion(string culture)
    {
        try { return new RegionInfo(culture); }
        catch (ArgumentException) { return null; }
    }
}
