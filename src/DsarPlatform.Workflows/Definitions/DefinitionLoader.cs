using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DsarPlatform.Workflows.Regimes;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using NJsonSchema;

namespace DsarPlatform.Workflows.Definitions;

/// <summary>
/// Reads <c>workflows/*.json</c> at start-up, validates each against <c>workflow.schema.json</c>, records
/// (id, version, content hash), refuses a file whose content changed without a new version, and fills the
/// catalog with every version ever recorded so running instances keep theirs.
/// </summary>
public sealed class DefinitionLoader(IWorkflowDbContext db, DefinitionCatalog catalog, RegimeCatalog regimes, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task LoadAsync(string folder, CancellationToken cancellationToken)
    {
        // The regimes first: each definition's effective policies are composed from them as it is added.
        await regimes.LoadAsync(folder, cancellationToken);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(folder, "workflow.schema.json"), cancellationToken);
        foreach (var file in Files(folder))
        {
            var content = await File.ReadAllTextAsync(file, cancellationToken);
            var definition = Parse(schema, Path.GetFileName(file), content);
            await RecordAsync(Path.GetFileName(file), definition, content, cancellationToken);
            catalog.Add(RegimePolicies.Attach(definition, content, regimes, $"workflows/{Path.GetFileName(file)}", strict: true), current: true);
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var stored in await db.StoredDefinitions.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (catalog.Current.Any(d => d.Id == stored.DefinitionId && d.Version == stored.Version)) continue;
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(stored.Content, Json)!;
            catalog.Add(RegimePolicies.Attach(definition, stored.Content, regimes, $"{stored.DefinitionId} v{stored.Version}", strict: false), current: false);
        }
    }

    /// <summary>The definition files of <paramref name="folder"/>: every <c>*.json</c> but the schemas and the regimes.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.GetFiles(folder, "*.json")
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal) && Path.GetFileName(f) != RegimeCatalog.FileName)
            .Order();

    public static WorkflowDefinition Parse(JsonSchema schema, string fileName, string content)
    {
        var errors = schema.Validate(content);
        if (errors.Count > 0)
        {
            var list = string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"));
            throw new InvalidOperationException($"workflows/{fileName} does not match workflow.schema.json: {list}");
        }
        return JsonSerializer.Deserialize<WorkflowDefinition>(content, Json)
            ?? throw new InvalidOperationException($"workflows/{fileName} is empty.");
    }

    async Task RecordAsync(string fileName, WorkflowDefinition definition, string content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content.ReplaceLineEndings("\n"))));
        var stored = await db.StoredDefinitions.FindAsync([definition.Id, definition.Version], cancellationToken);
        if (stored is null)
        {
            db.StoredDefinitions.Add(new StoredDefinition
            {
                DefinitionId = definition.Id,
                Version = definition.Version,
                ContentHash = hash,
                Content = content,
                RegisteredAtUtc = clock.GetUtcNow().UtcDateTime,
            });
        }
        else if (stored.ContentHash != hash)
        {
            throw new InvalidOperationException(
                $"workflows/{fileName} changed but still says version {definition.Version}: " +
                "give the changed definition a new version (running requests keep the old one).");
        }
    }
}
