using DsarPlatform.Hosting;
using DsarPlatform.Workflows;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Bench.Timers;

/// <summary>
/// The workflow runtime's services as the web host registers them (its DbContext with the same interceptors on SQLite),
/// without the host: the sweep resolves its scopes, engine and timer handlers from here.
/// </summary>
public static class SweepServices
{
    public static ServiceProvider Build(string engine, string connectionString, DefinitionCatalog catalog, TimeProvider clock, string dataFolder, string repository)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Templates:Folder"] = Path.Combine(repository, "templates"),
            ["Staff:TeamEmail"] = "privacy-team@dsar.local",
            ["DataFolder"] = dataFolder,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddDbContext<DsarDbContext>(options =>
        {
            if (engine == "sqlite")
                options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Workflow, new SqliteSaveGate());
            else
                options.UseNpgsql(connectionString);
        });
        services.AddWorkflowRuntime(configuration, dataFolder, Path.Combine(dataFolder, "exports"));
        services.AddSingleton(_ => PayloadKey.Load(configuration)); // the bus's seal, which store-task retries use
        services.AddSingleton(_ => AtRestKeyLoader.Load(configuration, dataFolder)); // personal values sealed at rest, as the web host does
        services.AddSingleton(clock);
        services.AddSingleton(catalog); // loaded by the bench's database preparation
        return services.BuildServiceProvider();
    }
}
