using Microsoft.Extensions.Configuration;

namespace DsarPlatform.Hosting;

/// <summary>
/// The folder holding the embedded default's SQLite files, mail pickup and export drop.
/// Key <c>DataFolder</c>; default <c>.data</c> under the working directory.
/// </summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration)
    {
        var path = Path.GetFullPath(configuration["DataFolder"] ?? ".data");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// Where stores write exports and the web host picks them up: key <c>ExportDrop</c>, default
    /// <c>exports</c> in the data folder. Several hosts must share it.
    /// </summary>
    public static string ExportDrop(IConfiguration configuration)
    {
        var path = configuration["ExportDrop"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(Resolve(configuration), "exports");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A named connection string, or a SQLite file of that name in the data folder.</summary>
    /// <remarks>
    /// A private cache per connection (no <c>Cache=Shared</c>): a shared cache locks whole tables, so readers and the
    /// writer block each other even in WAL, and its lock errors bypass the busy timeout.
    /// </remarks>
    public static string SqliteConnectionString(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? $"Data Source={Path.Combine(Resolve(configuration), name + ".db")};Pooling=True";
}
