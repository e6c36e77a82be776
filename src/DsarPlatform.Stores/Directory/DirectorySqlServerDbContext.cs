using DsarPlatform.Stores.Sdk;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Stores.Directory;

/// <summary>
/// The directory store on SQL Server (<c>Stores:Provider</c> = <c>SqlServer</c>). Its own type so it has its
/// own migration set (<c>Migrations/SqlServer/</c>); the model is the base's, adapted by
/// <see cref="SqlServerConventions"/>. Registered as the base type, so consumers never see it.
/// </summary>
/// <remarks>
/// A model change needs a migration here as well as in the SQLite and PostgreSQL sets:
/// <c>dotnet ef migrations add NAME --project src/DsarPlatform.Stores --context DirectorySqlServerDbContext -o Directory/Migrations/SqlServer</c>.
/// </remarks>
public sealed class DirectorySqlServerDbContext(DbContextOptions<DirectorySqlServerDbContext> options) : DirectoryDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlServerConventions.ReplaceNoCaseCollation(modelBuilder);
    }
}
