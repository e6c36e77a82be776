namespace DsarPlatform.Workflows.Regimes;

/// <summary>
/// Chooses a request's regime from where the requester lives. The order, when sources disagree: the residence the requester
/// stated (data points <c>country</c>, and <c>state</c> for the US) wins; the account record's <c>country</c> fills in only
/// when nothing was stated; a record in another country whose regime differs is a disagreement, journaled with both regime
/// ids. With neither, or a country with no regime of its own, the company's promise applies. The record holds no state, so
/// a stated US state never disagrees with a record in the US.
/// </summary>
public static class RegimeSelection
{
    public const string CountryKey = "country";
    public const string StateKey = "state";

    /// <summary>At intake, from what the requester stated.</summary>
    public static RegimeChoice Choose(RegimeCatalog regimes, IReadOnlyDictionary<string, string>? stated, string? recordCountry = null) =>
        Choose(regimes, stated?.GetValueOrDefault(CountryKey), stated?.GetValueOrDefault(StateKey), recordCountry);

    public static RegimeChoice Choose(RegimeCatalog regimes, string? statedCountry, string? statedState, string? recordCountry)
    {
        var country = ResidenceCodes.Normalize(statedCountry);
        var state = country == ResidenceCodes.UnitedStates ? ResidenceCodes.Normalize(statedState) : null;
        var record = ResidenceCodes.Normalize(recordCountry);
        if (country is null)
        {
            return record is null
                ? new RegimeChoice(regimes.Default, "no residence stated or on record")
                : new RegimeChoice(regimes.ForResidence(record, null), $"account record {record}");
        }

        var place = state is null ? country : $"{country}-{state}";
        var regime = regimes.ForResidence(country, state);
        if (record is null || record == country) return new RegimeChoice(regime, $"stated residence {place}");
        var onRecord = regimes.ForResidence(record, null);
        return onRecord.Id == regime.Id
            ? new RegimeChoice(regime, $"stated residence {place}")
            : new RegimeChoice(regime, $"stated residence {place}",
                $"stated residence {place} ({regime.Id}) and account record {record} ({onRecord.Id}) differ: the stated residence applies");
    }
}
