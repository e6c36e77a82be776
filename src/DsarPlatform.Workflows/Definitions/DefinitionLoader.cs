using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using NJsonSchema;

namespace DsarPlatform.Workflows.Definitions;

/// <summary>
/// Reads <c>workflows/*.json</c> at start-up, validates each against <c>workflow.schema.json</c>, records
/// (id, version, content hash), refuses a file whose content changed without a new version, and fills the
/// catalog with every version ever recorded so running instances keep theirs.
/// </summary>
public sealed class DefinitionLoader(IWorkflowDbContext db, DefinitionCatalog catalog, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(folder, "workflow.schema.json"), cancellationToken);
        var files = Directory.GetFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order();
        foreach (var file in files)
        {
            var content = await File.ReadAllTextAsync(file, cancellationToken);
            var definition = Parse(schema, Path.GetFileName(file), content);
            await RecordAsync(Path.GetFileName(file), definition, content, cancellationToken);
            catalog.Add(definition, current: true);
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var stored in await db.StoredDefinitions.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (catalog.Current.Any(d => d.Id == stored.DefinitionId && d.Version == stored.Version)) continue;
            catalog.Add(JsonSerializer.Deserialize<WorkflowDefinition>(stored.Content, Json)!, current: false);
        }
    }

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
