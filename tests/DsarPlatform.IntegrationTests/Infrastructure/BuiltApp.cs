using System.Reflection;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Finds the build output of one of the solution's apps, for the configuration and target
/// framework this test assembly was built with, so tests run exactly what <c>dotnet test</c> built.
/// </summary>
public static class BuiltApp
{
    public const string Web = "DsarPlatform.Web";
    public const string Stores = "DsarPlatform.Stores";

    /// <summary>
    /// The app's dll in <c>src/{project}/bin/{Configuration}/{tfm}/</c> (its own deps and
    /// appsettings), else next to the test assembly; fails the test when neither was built.
    /// </summary>
    public static string DllPath(string project)
    {
        var testFolder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = typeof(BuiltApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var targetFramework = Path.GetFileName(testFolder);
        var candidates = new List<string>();
        var root = RepositoryRoot(testFolder);
        if (root is not null)
            candidates.Add(Path.Combine(root, "src", project, "bin", configuration, targetFramework, project + ".dll"));
        candidates.Add(Path.Combine(testFolder, project + ".dll"));

        var found = candidates.FirstOrDefault(dll => File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")));
        if (found is null)
            Assert.Fail($"No runnable build of {project} (dll + runtimeconfig.json) in: {string.Join(", ", candidates)}. Build the solution first.");
        return found!;
    }

    /// <summary>The folder holding DsarPlatform.sln above <paramref name="start"/>, if any.</summary>
    internal static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DsarPlatform.sln"))) return folder.FullName;
        }
        return null;
    }
}
