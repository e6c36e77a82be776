namespace DsarPlatform.Workflows.Verification;

/// <summary>
/// Compares what a requester says about themselves with the account record, forgiving the ways honest
/// people write the same fact differently (case, spaces, accents, phone and date formats, country names)
/// and nothing more: a point either means the same value or it does not.
/// </summary>
public static class DataPointMatcher
{
    /// <param name="submitted">Data points as typed (fullName, phone, country, postalCode, dateOfBirth, cardLastFour, …).</param>
    /// <param name="onRecord">The account record's data points (<see cref="AccountRecord.DataPoints"/>).</param>
    /// <param name="beingCorrected">
    /// Fields a correction request disputes: the record's value is the one said to be wrong, so
    /// agreeing or disagreeing with it proves nothing and the field is left out.
    /// </param>
    public static DataPointMatch Match(IReadOnlyDictionary<string, string> submitted, IReadOnlyDictionary<string, string> onRecord,
        IEnumerable<string>? beingCorrected = null)
    {
        var excluded = new HashSet<string>(beingCorrected ?? [], StringComparer.OrdinalIgnoreCase);
        var record = new Dictionary<string, string>(onRecord, StringComparer.OrdinalIgnoreCase);
        var country = CountryContext(submitted, record);
        var matched = new List<string>();
        var mismatched = new List<string>();

        foreach (var (field, value) in submitted.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (excluded.Contains(field) || string.IsNullOrWhiteSpace(value)) continue;
            if (!record.TryGetValue(field, out var recorded) || string.IsNullOrWhiteSpace(recorded)) continue;
            (Same(field, value, recorded, country) ? matched : mismatched).Add(field);
        }
        return new DataPointMatch(matched, mismatched);
    }

    static bool Same(string field, string submitted, string recorded, string? country) => field.ToLowerInvariant() switch
    {
        "fullname" => Normaliser.Name(submitted) is { Length: > 0 } name && name == Normaliser.Name(recorded),
        "phone" => Normaliser.Phone(submitted, country) is { Length: >= 6 } phone && phone == Normaliser.Phone(recorded, country),
        "country" => Normaliser.Country(submitted) is { Length: > 0 } code && code == Normaliser.Country(recorded),
        "postalcode" => SamePostalCode(Normaliser.Compact(submitted), Normaliser.Compact(recorded)),
        "dateofbirth" => Normaliser.Date(submitted, country) is { } date && date == Normaliser.Date(recorded, country),
        "cardlastfour" => Normaliser.LastFour(submitted) is { } four && recorded.Split(',').Select(Normaliser.LastFour).Contains(four),
        _ => Normaliser.Compact(submitted) is { Length: > 0 } text && text == Normaliser.Compact(recorded),
    };

    /// <summary>A US ZIP+4 matches its 5-digit ZIP.</summary>
    static bool SamePostalCode(string submitted, string recorded)
    {
        if (submitted.Length == 0) return false;
        if (submitted == recorded) return true;
        var (shorter, longer) = submitted.Length < recorded.Length ? (submitted, recorded) : (recorded, submitted);
        return shorter.Length == 5 && longer.Length == 9 && longer.All(char.IsAsciiDigit) && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    /// <summary>The record's country decides how phones and dates are read; the submitted one if the record has none.</summary>
    static string? CountryContext(IReadOnlyDictionary<string, string> submitted, Dictionary<string, string> record)
    {
        if (record.TryGetValue("country", out var recorded) && Normaliser.Country(recorded) is { Length: 2 } fromRecord) return fromRecord;
        var typed = submitted.FirstOrDefault(p => string.Equals(p.Key, "country", StringComparison.OrdinalIgnoreCase)).Value;
        return typed is null ? null : Normaliser.Country(typed) is { Length: 2 } code ? code : null;
    }
}
