using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// What the PostgreSQL subclasses of the store contexts change in the shared model, so the same
/// entity configurations work on both engines. (Instants need nothing more: <c>timestamp with time zone</c>
/// takes only UTC values, and <see cref="DsarPlatform.Contracts.UtcDateTimeConverter"/> marks every instant UTC.)
/// </summary>
public static class PostgreSqlConventions
{
    /// <summary>
    /// The configurations ask for SQLite's built-in <c>NOCASE</c> collation on emails; PostgreSQL has none,
    /// so the database gets a case-insensitive ICU collation under that same name.
    /// </summary>
    public static void AddNoCaseCollation(ModelBuilder modelBuilder) =>
        modelBuilder.HasCollation("NOCASE", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
}
