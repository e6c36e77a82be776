using DsarPlatform.Stores.Hosting;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Hosting;

/// <summary>
/// <c>migrate [settings…]</c>: brings the workflow database (and Hangfire's tables on a server database, and the
/// databases of the stores this host runs in-process) to the latest migration with the host's own configuration, then
/// exits: 0, or 1 with the reason. Outside Development the hosts leave the schema to this command (see <c>SchemaAtStart</c>).
/// </summary>
public static class MigrateCommand
{
    public const string Name = "migrate";

    /// <summary>The exit code when the arguments are the migrate command; null when the web host should start.</summary>
    public static int? TryRun(string[] args) =>
        args is [Name, .. var settings] ? RunAsync(settings, Console.Out, Console.Error).GetAwaiter().GetResult() : null;

    public static async Task<int> RunAsync(string[] settings, TextWriter output, TextWriter errors)
    {
        try
        {
            // A one-shot command watches no configuration file (inotify instances are a shared, small budget).
            var builder = DsarWebHost.CreateBuilder([.. settings, "--hostBuilder:reloadConfigOnChange=false"]);
            // Only the databases are needed here; the web host's other services are never resolved.
            builder.Host.UseDefaultServiceProvider(options => options.ValidateOnBuild = false);
            builder.AddDsarDatabase();
            var configuration = builder.Configuration;
            var stores = configuration.StoresInProcess() ? StoreOptions.From(configuration).EnabledStores() : [];
            if (stores.Count > 0) builder.Services.AddStoreDatabases(configuration);
            await using var app = builder.Build();

            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<DsarDbContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync()).Count();
                await db.Database.MigrateAsync();
                await output.WriteLineAsync($"workflow: {pending} migration(s) applied ({db.Database.ProviderName}).");
            }
            if (JobHostingExtensions.InstallJobSchema(configuration)) await output.WriteLineAsync("hangfire: schema ready.");
            await StoreMigrations.MigrateAsync(app.Services, stores, output);
            return 0;
        }
        catch (Exception failure)
        {
            await errors.WriteLineAsync($"migrate failed: {failure.Message}");
            return 1;
        }
    }
}
