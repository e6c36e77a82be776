namespace DsarPlatform.Tests.Support;

/// <summary>A private copy of the shipped wording templates that a test may edit or break, deleted on dispose.</summary>
public sealed class TemplatesCopy : IDisposable
{
    public static readonly string Shipped = Path.Combine(AppContext.BaseDirectory, "templates");

    public TemplatesCopy()
    {
        Folder = Directory.CreateTempSubdirectory("dsar-templates-").FullName;
        foreach (var file in Directory.GetFiles(Shipped, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(Folder, Path.GetRelativePath(Shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public string Folder { get; }

    /// <summary>App settings that load the templates from this copy.</summary>
    public Dictionary<string, string?> Settings => new() { ["Templates:Folder"] = Folder };

    /// <summary>Replaces text in one template (a path like "requests/deletion.liquid"); the change must take.</summary>
    public void Edit(string file, string from, string to)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        if (!text.Contains(from)) throw new ArgumentException($"{file} does not contain {from}");
        File.WriteAllText(path, text.Replace(from, to));
    }

    public void Delete(string file) => File.Delete(Path.Combine(Folder, file));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
