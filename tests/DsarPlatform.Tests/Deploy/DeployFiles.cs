using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace DsarPlatform.Tests.Deploy;

/// <summary>
/// The repository's deploy/ folder and its YAML read as plain maps, lists and strings (merge keys resolved, every
/// document of a file), so tests check the files without kubectl or Docker.
/// </summary>
static class DeployFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "deploy");

    public static string InDeploy(string relativePath) => Path.Combine(Folder, relativePath);

    public static IReadOnlyList<object> Documents(string path)
    {
        using var reader = new StreamReader(path);
        var parser = new MergingParser(new Parser(reader));
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<object>();
        parser.Consume<StreamStart>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (deserializer.Deserialize(parser) is { } document) documents.Add(document);
        }
        return documents;
    }

    static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DsarPlatform.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No DsarPlatform.sln above {AppContext.BaseDirectory}.");
    }
}
