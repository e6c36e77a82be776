using System.Text.Json;
using DsarPlatform.Workflows.Definitions;
using NJsonSchema;

namespace DsarPlatform.Workflows.Regimes;

/// <summary>
/// The regimes of <c>workflows/regimes.json</c>, loaded (and checked against <c>regimes.schema.json</c>) with the definitions,
/// before them: each definition's effective policy per regime is composed from them once, at load (<see cref="RegimePolicies"/>).
/// </summary>
public sealed class RegimeCatalog
{
    public const string FileName = "regimes.json";
    const string SchemaFileName = "regimes.schema.json";

    IReadOnlyList<Regime> _all = [];
    Regime? _default;

    public IReadOnlyList<Regime> All => _all;

    /// <summary>The company's own promise: for residents of places with no regime of their own, or who did not say.</summary>
    public Regime Default => _default ?? throw new InvalidOperationException("The regimes are not loaded yet.");

    public bool IsLoaded => _default is not null;

    public Regime? Find(string? id) => _all.FirstOrDefault(r => r.Id == id);

    /// <summary>A US state's regime first (more specific), then the country's, else the default.</summary>
    public Regime ForResidence(string country, string? usState) =>
        (country == ResidenceCodes.UnitedStates && usState is not null ? _all.FirstOrDefault(r => r.UsStates.Contains(usState)) : null)
        ?? _all.FirstOrDefault(r => r.Countries.Contains(country))
        ?? Default;

    public async Task LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(folder, SchemaFileName), cancellationToken);
        Fill(Parse(schema, await File.ReadAllTextAsync(Path.Combine(folder, FileName), cancellationToken)));
    }

    public static RegimeList Parse(JsonSchema schema, string content)
    {
        var errors = schema.Validate(content);
        if (errors.Count > 0)
            throw new InvalidOperationException($"workflows/{FileName} does not match {SchemaFileName}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        return JsonSerializer.Deserialize<RegimeList>(content, DefinitionLoader.Json)
            ?? throw new InvalidOperationException($"workflows/{FileName} is empty.");
    }

    public void Fill(RegimeList list)
    {
        var duplicate = list.Regimes.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"workflows/{FileName} lists the regime '{duplicate.Key}' twice.");
        var unknownZone = list.Regimes.FirstOrDefault(r => !TimeZoneInfo.TryFindSystemTimeZoneById(r.TimeZone, out _));
        if (unknownZone is not null)
            throw new InvalidOperationException($"workflows/{FileName}: regime '{unknownZone.Id}' names an unknown time zone '{unknownZone.TimeZone}'.");
        _default = list.Regimes.FirstOrDefault(r => r.Id == list.Default)
            ?? throw new InvalidOperationException($"workflows/{FileName}: the default regime '{list.Default}' is not listed.");
        _all = list.Regimes;
    }
}
