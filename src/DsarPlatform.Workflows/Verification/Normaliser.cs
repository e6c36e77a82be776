using System.Globalization;
using System.Text;

namespace DsarPlatform.Workflows.Verification;

/// <summary>Canonical forms of data points, so that equal facts compare equal whatever their spelling.</summary>
static class Normaliser
{
    /// <summary>Calling code and national trunk prefix of the countries we read phone numbers for.</summary>
    static readonly Dictionary<string, (string CallingCode, string Trunk)> Phones = new()
    {
        ["US"] = ("1", ""), ["CA"] = ("1", ""), ["FR"] = ("33", "0"), ["DE"] = ("49", "0"), ["GB"] = ("44", "0"),
        ["ES"] = ("34", ""), ["IT"] = ("39", ""), ["NL"] = ("31", "0"),
    };

    static readonly Dictionary<string, string> Countries = new()
    {
        ["us"] = "US", ["usa"] = "US", ["unitedstates"] = "US", ["unitedstatesofamerica"] = "US", ["america"] = "US",
        ["ca"] = "CA", ["can"] = "CA", ["canada"] = "CA",
        ["fr"] = "FR", ["fra"] = "FR", ["france"] = "FR",
        ["de"] = "DE", ["deu"] = "DE", ["germany"] = "DE", ["deutschland"] = "DE", ["allemagne"] = "DE",
        ["gb"] = "GB", ["gbr"] = "GB", ["uk"] = "GB", ["unitedkingdom"] = "GB", ["greatbritain"] = "GB",
        ["es"] = "ES", ["esp"] = "ES", ["spain"] = "ES", ["espana"] = "ES",
        ["it"] = "IT", ["ita"] = "IT", ["italy"] = "IT", ["italia"] = "IT",
        ["nl"] = "NL", ["nld"] = "NL", ["netherlands"] = "NL", ["thenetherlands"] = "NL", ["holland"] = "NL",
    };

    static readonly string[] DateFormats =
    [
        "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "d.M.yyyy",
        "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy",
    ];

    /// <summary>Lower case, accents dropped (Chloé = Chloe), only letters and digits kept.</summary>
    public static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Words compacted and sorted, so "Example, Alice" and "alice  EXAMPLE" are the same name.</summary>
    public static string Name(string value) =>
        string.Join(' ', value.Split([' ', ',', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(Compact).Where(w => w.Length > 0).Order(StringComparer.Ordinal));

    /// <summary>An ISO 3166 alpha-2 code for the countries we know by name; the compacted text otherwise.</summary>
    public static string Country(string value)
    {
        var compact = Compact(value);
        return Countries.TryGetValue(compact, out var code) ? code : compact;
    }

    /// <summary>
    /// International digits (E.164 without '+') when the number says its country (+, 00) or the country is
    /// known; otherwise the digits as typed.
    /// </summary>
    public static string Phone(string value, string? country)
    {
        // "+44 (0)20 …" writes the trunk zero that international dialling drops.
        value = value.Replace("(0)", "", StringComparison.Ordinal);
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        if (value.TrimStart().StartsWith('+')) return digits;
        if (digits.StartsWith("00", StringComparison.Ordinal)) return digits[2..];
        if (country is null || !Phones.TryGetValue(country, out var plan)) return digits;
        if (plan.Trunk.Length > 0 && digits.StartsWith(plan.Trunk, StringComparison.Ordinal)) return plan.CallingCode + digits[plan.Trunk.Length..];
        if (plan.CallingCode == "1" && digits.Length == 10) return "1" + digits;
        return digits;
    }

    /// <summary>
    /// ISO and spelled-out dates; with slashes or dashes, day and month are read the country's way
    /// (month first in the US) unless only one reading is a real date.
    /// </summary>
    public static DateOnly? Date(string value, string? country)
    {
        var text = value.Trim().Replace(",", " ", StringComparison.Ordinal);
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;

        var parts = text.Split('/', '-');
        if (parts.Length != 3 || parts[2].Length != 4 || !parts.All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) return null;
        int first = int.Parse(parts[0], CultureInfo.InvariantCulture), second = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var monthFirst = country is "US";
        return Valid(year, monthFirst ? first : second, monthFirst ? second : first)
            ?? Valid(year, monthFirst ? second : first, monthFirst ? first : second);
    }

    /// <summary>The last four digits of whatever was typed ("**** 4242", "4242").</summary>
    public static string? LastFour(string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? digits[^4..] : null;
    }

    static DateOnly? Valid(int year, int month, int day) =>
        month is >= 1 and <= 12 && year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day) : null;
}
