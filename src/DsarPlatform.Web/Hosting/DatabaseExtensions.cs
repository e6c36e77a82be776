using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Hosting;

public static class DatabaseExtensions
{
    /// <summary>
    /// The workflow database. <c>Database:Provider</c> = <c>Sqlite</c> (default: <c>ConnectionStrings:dsar</c> or
    /// <c>dsar.db</c> in the data folder), <c>PostgreSql</c> or <c>SqlServer</c> (both need <c>ConnectionStrings:dsar</c>).
    /// Each provider has its own migration set, applied by the <c>migrate</c> command or at start (see <see cref="SchemaAtStart"/>)
    /// by <see cref="StartupInitializer"/>.
    /// </summary>
    public static WebApplicationBuilder AddDsarDatabase(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // Personal values are sealed with keys kept outside the database (AtRest:* settings or the data folder's keys).
        builder.Services.AddSingleton(_ => AtRestKeyLoader.Load(configuration, DataFolder.Resolve(configuration)));
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate<IConfiguration>((o, c) => o.Provider == DatabaseProvider.Sqlite || !string.IsNullOrEmpty(c.GetConnectionString("dsar")),
                "Database:Provider is a server database but ConnectionStrings:dsar is not set.")
            .ValidateOnStart();
        switch (configuration.WorkflowDatabaseProvider())
        {
            case DatabaseProvider.PostgreSql:
                var postgreSql = PostgreSqlConnections.WithDefaults(ServerConnectionString(configuration));
                builder.Services.AddDbContext<DsarDbContext>(options =>
                    options.UseNpgsql(postgreSql, npgsql => npgsql.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql")));
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = ServerConnectionString(configuration);
                builder.Services.AddDbContext<DsarDbContext>(options =>
                    options.UseSqlServer(sqlServer, sql => sql.MigrationsAssembly("DsarPlatform.Migrations.SqlServer")));
                break;
            default:
                var sqlite = DataFolder.SqliteConnectionString(configuration, "dsar");
                var gate = new SqliteSaveGate();
                builder.Services.AddDbContext<DsarDbContext>(options =>
                    options.UseSqlite(sqlite, o => o.MigrationsAssembly("DsarPlatform.Migrations.Sqlite"))
                        .AddInterceptors(SqlitePragmas.Workflow, gate, AuditInlineSealing.Instance));
                SqliteCheckpointOnStop.Register(builder.Services, sqlite);
                break;
        }
        builder.Services.AddHostedService<StartupInitializer>();
        return builder;
    }

    /// <summary>The engine of the workflow database (<c>Database:Provider</c>, default Sqlite); another value stops the host, naming the key.</summary>
    public static DatabaseProvider WorkflowDatabaseProvider(this IConfiguration configuration) =>
        configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);

    static string ServerConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("dsar")
        ?? throw new InvalidOperationException($"Database:Provider is {configuration.WorkflowDatabaseProvider()} but ConnectionStrings:dsar is not set.");
}
