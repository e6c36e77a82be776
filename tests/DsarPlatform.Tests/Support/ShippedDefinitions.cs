using DsarPlatform.Workflows.Definitions;
using NJsonSchema;

namespace DsarPlatform.Tests.Support;

/// <summary>The shipped workflow definitions, parsed and checked as the start-up does, without a database.</summary>
public static class ShippedDefinitions
{
    public static async Task<List<WorkflowDefinition>> LoadAsync()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(DefinitionsCopy.Shipped, "workflow.schema.json"));
        return Directory.GetFiles(DefinitionsCopy.Shipped, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(f => DefinitionLoader.Parse(schema, Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }
}
