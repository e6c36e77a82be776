namespace DsarPlatform.Workflows.Regimes;

/// <summary>
/// A body of rules a request can be answered under (the company's own promise, GDPR, CCPA, VCDPA), as listed in
/// <c>workflows/regimes.json</c>. Where it applies (countries, US states) and its calendar are here; its clock per request
/// type is in each definition's <c>regimes</c> overrides.
/// </summary>
public sealed record Regime
{
    public required string Id { get; init; }
    /// <summary>Shown to agents and requesters: "California (CCPA)".</summary>
    public required string Name { get; init; }
    /// <summary>ISO 3166-1 alpha-2 codes of the countries whose residents it covers.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];
    /// <summary>US state codes whose residents it covers (more specific than a country).</summary>
    public IReadOnlyList<string> UsStates { get; init; } = [];
    /// <summary>IANA time zone in which its due dates end.</summary>
    public required string TimeZone { get; init; }
    /// <summary>Its public holidays, for counting business days.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
    /// <summary>The request type keys a requester under this regime may make.</summary>
    public IReadOnlyList<string> RequestTypes { get; init; } = [];

    public bool Offers(string requestType) => RequestTypes.Contains(requestType, StringComparer.Ordinal);
}
