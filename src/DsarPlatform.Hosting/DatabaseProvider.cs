namespace DsarPlatform.Hosting;

/// <summary>
/// The database engine behind a set of contexts, chosen by configuration (<c>Database:Provider</c> for
/// the workflow database, <c>Stores:Provider</c> for the stores). Same binaries, one migration set each.
/// </summary>
public enum DatabaseProvider
{
    /// <summary>A file per database in the data folder: the embedded default.</summary>
    Sqlite,

    /// <summary>A server database named by a connection string.</summary>
    PostgreSql,

    /// <summary>A SQL Server (or Azure SQL) database named by a connection string: the production target.</summary>
    SqlServer,
}
