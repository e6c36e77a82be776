using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Regimes;
using NJsonSchema;

namespace DsarPlatform.Tests.Support;

/// <summary>The shipped workflow definitions, parsed and checked as the start-up does (with their regimes' policies), without a database.</summary>
public static class ShippedDefinitions
{
    public static async Task<List<WorkflowDefinition>> LoadAsync()
    {
        var regimes = await ShippedRegimes.LoadAsync();
        var schema = await JsonSchema.FromFileAsync(Path.Combine(DefinitionsCopy.Shipped, "workflow.schema.json"));
        return DefinitionLoader.Files(DefinitionsCopy.Shipped).Select(f =>
        {
            var content = File.ReadAllText(f);
            return RegimePolicies.Attach(DefinitionLoader.Parse(schema, Path.GetFileName(f), content), content, regimes, f, strict: true);
        }).ToList();
    }
}
