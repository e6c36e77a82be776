using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Directory;

/// <summary>
/// The directory store on PostgreSQL (<c>Stores:Provider</c> = <c>PostgreSql</c>). Its own type so it has its
/// own migration set (<c>Migrations/PostgreSql/</c>); the model is the base's, adapted by
/// <see cref="PostgreSqlConventions"/>. Registered as the base type, so consumers never see it.
/// </summary>
/// <remarks>
/// A model change needs a migration here as well as in the SQLite and SQL Server sets:
/// <c>dotnet ef migrations add NAME --project src/DsarPlatform.Stores --context DirectoryPostgreSqlDbContext -o Directory/Migrations/PostgreSql</c>.
/// </remarks>
public sealed class DirectoryPostgreSqlDbContext(DbContextOptions<DirectoryPostgreSqlDbContext> options) : DirectoryDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        PostgreSqlConventions.AddNoCaseCollation(modelBuilder);
    }
}
