namespace DsarPlatform.Workflows.Regimes;

/// <summary>The content of <c>workflows/regimes.json</c>.</summary>
public sealed record RegimeList
{
    /// <summary>How a request's regime is chosen (stated residence first, then the account record); for people, not code.</summary>
    public string? Description { get; init; }
    /// <summary>The regime of a request whose residence is unknown or has no regime of its own: the company's promise.</summary>
    public required string Default { get; init; }
    public required IReadOnlyList<Regime> Regimes { get; init; }
}
