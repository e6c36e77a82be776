using DsarPlatform.Hosting;

namespace DsarPlatform.Web.Hosting;

/// <summary>The workflow database's settings, section <c>Database</c>; validated at start (see <see cref="DatabaseExtensions"/>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
