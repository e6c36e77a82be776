namespace DsarPlatform.Web.Hosting;

/// <summary>
/// The content root (appsettings*.json, wwwroot) comes from the app's own files, not the working directory: started from
/// anywhere, the app loads its settings and their logging filters. A root given on the command line or in
/// ASPNETCORE_CONTENTROOT (and the test host's) is kept.
/// </summary>
public static class AppContentRoot
{
    const int LevelsUp = 4;

    /// <returns>The folder to use, or null to keep a root chosen by arguments or environment.</returns>
    public static string? Find(string[] args) => IsChosen(args) ? null : Locate(AppContext.BaseDirectory);

    /// <summary>
    /// A published app holds appsettings.json and wwwroot in its own folder; a build output (bin/Debug/net10.0) holds the
    /// settings but not wwwroot, which stays in the project folder a few levels up, where <c>dotnet run</c> finds it too.
    /// </summary>
    public static string Locate(string appFolder)
    {
        var folder = new DirectoryInfo(appFolder);
        for (var level = 0; folder is not null && level <= LevelsUp; level++, folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(folder.FullName, "wwwroot")))
                return folder.FullName;
        }
        return appFolder;
    }

    static bool IsChosen(string[] args) =>
        args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
}
