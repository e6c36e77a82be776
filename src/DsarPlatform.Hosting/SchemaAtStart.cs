using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Hosting;

/// <summary>
/// Whether a host brings its databases to the latest migration as it starts. In Development (and so the README's
/// run command) it does; elsewhere the schema belongs to the <c>migrate</c> command, run once per deployment, unless
/// <c>Database:MigrateOnStart</c> says true. A host that does not migrate refuses to start on a schema that is behind.
/// </summary>
public static class SchemaAtStart
{
    public const string MigrateOnStartKey = "Database:MigrateOnStart";

    public const string MigrateCommands =
        "dotnet run --project src/DsarPlatform.Web -- migrate (store workers: dotnet run --project src/DsarPlatform.Stores -- migrate)";

    public static bool MigratesOnStart(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>(MigrateOnStartKey) ?? environment.IsDevelopment();

    /// <summary>Migrates <paramref name="db"/> when <paramref name="migrate"/>; otherwise throws when a migration is pending, naming the command.</summary>
    public static async Task EnsureAsync(DbContext db, bool migrate, string database, CancellationToken cancellationToken)
    {
        if (migrate)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            throw new InvalidOperationException(
                $"The {database} database is behind its migrations ({pending.Count} pending, the first {pending[0]}). " +
                $"Run the migrate command with this host's settings: {MigrateCommands}; or set {MigrateOnStartKey}=true.");
    }
}
