namespace DsarPlatform.Tests.Support;

/// <summary>A private copy of the shipped workflow definitions that a test may edit, deleted on dispose.</summary>
public sealed class DefinitionsCopy : IDisposable
{
    public static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "workflows");

    public DefinitionsCopy()
    {
        Folder = Directory.CreateTempSubdirectory("dsar-definitions-").FullName;
        foreach (var file in Directory.GetFiles(Shipped)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
    }

    public string Folder { get; }

    /// <summary>App settings that load the definitions from this copy.</summary>
    public Dictionary<string, string?> Settings => new() { ["Workflows:DefinitionsFolder"] = Folder };

    /// <summary>Replaces text in one definition file; the change must take.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        if (!text.Contains(from)) throw new ArgumentException($"{file} does not contain {from}");
        File.WriteAllText(path, text.Replace(from, to));
    }

    /// <summary>Raises the file's version by one, as any edit of a shipped definition must.</summary>
    public void BumpVersion(string file)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        var version = System.Text.RegularExpressions.Regex.Match(text, "\"version\": (\\d+)");
        if (!version.Success) throw new ArgumentException($"{file} has no version");
        File.WriteAllText(path, text.Replace(version.Value, $"\"version\": {int.Parse(version.Groups[1].Value) + 1}"));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
