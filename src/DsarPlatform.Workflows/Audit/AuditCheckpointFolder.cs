using System.Text.Json;

namespace DsarPlatform.Workflows.Audit;

/// <summary>Checkpoints as files outside the database: one JSON file per checkpoint, named by its Seq, and the public key beside them.</summary>
public sealed class AuditCheckpointFolder(string path)
{
    public const string PublicKeyFile = "audit-public-key.txt";
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = path;

    public void Write(AuditCheckpoint checkpoint, string publicKeyBase64)
    {
        Directory.CreateDirectory(Path);
        File.WriteAllText(System.IO.Path.Combine(Path, PublicKeyFile), publicKeyBase64 + "\n");
        var file = System.IO.Path.Combine(Path, $"checkpoint-{checkpoint.Seq:D12}.json");
        // Two hosts may sign the same head: the first file stands.
        if (!File.Exists(file)) File.WriteAllText(file, JsonSerializer.Serialize(checkpoint, Json));
    }

    /// <summary>Every checkpoint in Seq order, with the file it came from; a file that does not parse is returned as null.</summary>
    public IReadOnlyList<(string File, AuditCheckpoint? Checkpoint)> ReadAll()
    {
        if (!Directory.Exists(Path)) return [];
        return Directory.GetFiles(Path, "checkpoint-*.json").Order(StringComparer.Ordinal)
            .Select(file => (System.IO.Path.GetFileName(file), Parse(file))).ToList();
    }

    public AuditCheckpoint? Latest() => ReadAll().Select(c => c.Checkpoint).LastOrDefault(c => c is not null);

    static AuditCheckpoint? Parse(string file)
    {
        try
        {
            var checkpoint = JsonSerializer.Deserialize<AuditCheckpoint>(File.ReadAllText(file), Json);
            return checkpoint is { Hash: not null, AtUtc: not null, Signature: not null } ? checkpoint : null;
        }
        catch (JsonException) { return null; }
    }
}
