namespace DsarPlatform.Workflows.Definitions;

/// <summary>A versioned workflow, as read from <c>workflows/*.json</c>.</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }
    public int Version { get; init; }
    /// <summary>The key of the request type this definition serves ("deletion"); new requests of that type start on it.</summary>
    public required string RequestType { get; init; }
    public required string Title { get; init; }
    public required WorkflowPolicy Policy { get; init; }
    public required IReadOnlyList<StepDefinition> Steps { get; init; }
}
