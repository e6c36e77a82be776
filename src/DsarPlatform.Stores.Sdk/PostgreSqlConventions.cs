using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// What the PostgreSQL subclasses of the store contexts change in the shared model, so the same
/// entity configurations work on both engines.
/// </summary>
public static class PostgreSqlConventions
{
    /// <summary>
    /// The configurations ask for SQLite's built-in <c>NOCASE</c> collation on emails; PostgreSQL has none,
    /// so the database gets a case-insensitive ICU collation under that same name.
    /// </summary>
    public static void AddNoCaseCollation(ModelBuilder modelBuilder) =>
        modelBuilder.HasCollation("NOCASE", locale: "und-u-ks-level2", provider: "icu", deterministic: false);

    /// <summary>
    /// Instants map to <c>timestamp with time zone</c>, which Npgsql only accepts with a UTC kind; values
    /// built without a kind (e.g. from <c>DateTime.Date</c> arithmetic) are UTC by this project's rule.
    /// </summary>
    public static void UseUtcInstants(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcKindConverter>();

    internal sealed class UtcKindConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
