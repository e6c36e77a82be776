using System.Text.Json;
using System.Text.Json.Nodes;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Regimes;

/// <summary>
/// Composes a definition's effective policy per regime at JSON level, property by property: the base <c>policy</c>, overlaid
/// with the definition's <c>regimes.{id}</c> entry, overlaid with the regime's <c>timeZone</c> and <c>holidays</c>, then read
/// as a <see cref="WorkflowPolicy"/>. Being generic, any policy property (one added later included) can differ per regime.
/// </summary>
public static class RegimePolicies
{
    /// <summary>The definition with its effective policies attached (<see cref="WorkflowDefinition.PolicyFor"/>).</summary>
    /// <param name="strict">A current file must name only known regimes; a stored older version may name one since removed.</param>
    public static WorkflowDefinition Attach(WorkflowDefinition definition, string content, RegimeCatalog regimes, string source, bool strict)
    {
        if (!regimes.IsLoaded) return definition;
        var root = JsonNode.Parse(content)!.AsObject();
        var basePolicy = root["policy"]!.AsObject();
        var overrides = root["regimes"]?.AsObject() ?? [];
        var unknown = overrides.Select(o => o.Key).Where(id => regimes.Find(id) is null).ToList();
        if (strict && unknown.Count > 0)
            throw new InvalidOperationException(
                $"{source} overrides the policy for regime(s) {string.Join(", ", unknown.Select(u => $"'{u}'"))}, which workflows/{RegimeCatalog.FileName} " +
                $"does not list (known: {string.Join(", ", regimes.All.Select(r => r.Id))}).");
        var effective = regimes.All.ToDictionary(r => r.Id, r => Compose(basePolicy, overrides[r.Id]?.AsObject(), r), StringComparer.Ordinal);
        return definition with { RegimePolicies = effective, DefaultPolicy = effective[regimes.Default.Id] };
    }

    public static WorkflowPolicy Compose(JsonObject basePolicy, JsonObject? overrides, Regime regime)
    {
        var policy = basePolicy.DeepClone().AsObject();
        foreach (var (name, value) in overrides ?? []) policy[name] = value?.DeepClone();
        policy["timeZone"] = regime.TimeZone;
        policy["holidays"] = new JsonArray(regime.Holidays.Select(d => (JsonNode)JsonValue.Create(d.ToString("yyyy-MM-dd"))!).ToArray());
        return policy.Deserialize<WorkflowPolicy>(DefinitionLoader.Json)
            ?? throw new InvalidOperationException($"The policy for regime '{regime.Id}' is empty.");
    }
}
