using System.Text.Json.Serialization;

namespace DsarPlatform.Workflows.Definitions;

/// <summary>A versioned workflow, as read from <c>workflows/*.json</c>.</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }
    public int Version { get; init; }
    /// <summary>The key of the request type this definition serves ("deletion"); new requests of that type start on it.</summary>
    public required string RequestType { get; init; }
    public required string Title { get; init; }
    /// <summary>The base policy as written; a request reads its regime's <see cref="PolicyFor"/> instead.</summary>
    public required WorkflowPolicy Policy { get; init; }
    public required IReadOnlyList<StepDefinition> Steps { get; init; }

    /// <summary>Regime id → effective policy, composed once at load (<see cref="Regimes.RegimePolicies"/>).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, WorkflowPolicy> RegimePolicies { get; init; } = new Dictionary<string, WorkflowPolicy>();

    /// <summary>The default regime's (the company's) effective policy; the base policy before the regimes are loaded.</summary>
    [JsonIgnore]
    public WorkflowPolicy? DefaultPolicy { get; init; }

    /// <summary>
    /// The policy a request under <paramref name="regimeId"/> follows. A regime no longer listed falls back to the company's,
    /// so a running request never loses its clock.
    /// </summary>
    public WorkflowPolicy PolicyFor(string? regimeId) =>
        regimeId is not null && RegimePolicies.TryGetValue(regimeId, out var policy) ? policy : DefaultPolicy ?? Policy;
}
