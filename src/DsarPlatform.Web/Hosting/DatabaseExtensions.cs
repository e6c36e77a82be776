using DsarPlatform.Stores.Hosting;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Hosting;

public static class DatabaseExtensions
{
    const string MigrationsAssembly = "DsarPlatform.Migrations.Sqlite";

    /// <summary>
    /// The workflow database: <c>ConnectionStrings:dsar</c>, or <c>dsar.db</c> in the data folder.
    /// Its schema comes from the SQLite migration set, applied at start by <see cref="StartupInitializer"/>.
    /// </summary>
    public static WebApplicationBuilder AddDsarDatabase(this WebApplicationBuilder builder)
    {
        var connectionString = DataFolder.SqliteConnectionString(builder.Configuration, "dsar");
        builder.Services.AddDbContext<DsarDbContext>(options =>
            options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly)));
        builder.Services.AddHostedService<StartupInitializer>();
        return builder;
    }
}
