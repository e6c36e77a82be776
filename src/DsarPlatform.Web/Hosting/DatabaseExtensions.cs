using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Hosting;

public static class DatabaseExtensions
{
    /// <summary>
    /// The workflow database. <c>Database:Provider</c> = <c>Sqlite</c> (default: <c>ConnectionStrings:dsar</c> or
    /// <c>dsar.db</c> in the data folder) or <c>PostgreSql</c> (<c>ConnectionStrings:dsar</c> required). Each
    /// provider has its own migration set, applied at start by <see cref="StartupInitializer"/>.
    /// </summary>
    public static WebApplicationBuilder AddDsarDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Personal values are sealed with keys kept outside the database (AtRest:* settings or the data folder's keys).
        builder.Services.AddSingleton(_ => AtRestKeyLoader.Load(configuration, DataFolder.Resolve(configuration)));
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate<IConfiguration>((o, c) => o.Provider != DatabaseProvider.PostgreSql || !string.IsNullOrEmpty(c.GetConnectionString("dsar")),
                "Database:Provider is PostgreSql but ConnectionStrings:dsar is not set.")
            .ValidateOnStart();
        if (configuration.WorkflowDatabaseIsPostgreSql())
        {
            var connectionString = configuration.GetConnectionString("dsar")
                ?? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:dsar is not set.");
            builder.Services.AddDbContext<DsarDbContext>(options =>
                options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql")));
        }
        else
        {
            var connectionString = DataFolder.SqliteConnectionString(configuration, "dsar");
            var gate = new SqliteSaveGate();
            builder.Services.AddDbContext<DsarDbContext>(options =>
                options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly("DsarPlatform.Migrations.Sqlite"))
                    .AddInterceptors(SqlitePragmas.Workflow, gate));
        }
        builder.Services.AddHostedService<StartupInitializer>();
        return builder;
    }

    /// <summary><c>Database:Provider</c> says PostgreSql (the default is Sqlite); another value stops the host, naming the key.</summary>
    public static bool WorkflowDatabaseIsPostgreSql(this IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite) == DatabaseProvider.PostgreSql;
}
