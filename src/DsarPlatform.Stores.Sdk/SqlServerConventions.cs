using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Sdk;

/// <summary>What the SQL Server subclasses of the store contexts change in the shared model, so the same entity configurations work there too.</summary>
public static class SqlServerConventions
{
    /// <summary>A case-insensitive, accent-sensitive SQL Server collation: what SQLite's NOCASE means for emails.</summary>
    public const string CaseInsensitiveCollation = "Latin1_General_100_CI_AS";

    /// <summary>
    /// The configurations ask for SQLite's built-in <c>NOCASE</c> collation on emails; SQL Server has no collation
    /// of that name, so those columns get <see cref="CaseInsensitiveCollation"/> instead.
    /// </summary>
    public static void ReplaceNoCaseCollation(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.GetCollation() == "NOCASE") property.SetCollation(CaseInsensitiveCollation);
        }
    }
}
