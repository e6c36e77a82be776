namespace DsarPlatform.Workflows.Definitions;

/// <summary>
/// Every definition version the system has seen. New requests start on the newest version of their
/// type's file; running instances keep the version they started with.
/// </summary>
public sealed class DefinitionCatalog
{
    readonly Dictionary<(string Id, int Version), WorkflowDefinition> _all = [];
    readonly Dictionary<string, WorkflowDefinition> _current = [];

    internal void Add(WorkflowDefinition definition, bool current)
    {
        _all[(definition.Id, definition.Version)] = definition;
        if (current) _current[definition.RequestType] = definition;
    }

    public WorkflowDefinition Get(string id, int version) =>
        _all.TryGetValue((id, version), out var definition)
            ? definition
            : throw new InvalidOperationException($"Workflow definition {id} v{version} is not known.");

    public WorkflowDefinition? CurrentFor(string requestType) => _current.GetValueOrDefault(requestType);

    public IEnumerable<WorkflowDefinition> Current => _current.Values;

    /// <summary>Every version known, current or pinned by a running instance.</summary>
    public IEnumerable<WorkflowDefinition> All => _all.Values;
}
