namespace DsarPlatform.Workflows.Definitions;

/// <summary>A definition version as first seen; its hash pins the content of that version forever.</summary>
public sealed class StoredDefinition
{
    public required string DefinitionId { get; init; }
    public int Version { get; init; }
    public required string ContentHash { get; init; }
    public required string Content { get; init; }
    public DateTime RegisteredAtUtc { get; init; }
}
