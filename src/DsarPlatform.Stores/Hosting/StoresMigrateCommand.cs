using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DsarPlatform.Stores.Hosting;

/// <summary>
/// <c>migrate [settings…]</c>: brings the databases of the stores in <c>Stores:Enabled</c> to their latest migration with
/// the stores app's own configuration, then exits (0, or 1 with the reason). A deployment runs it before the workers start.
/// </summary>
public static class StoresMigrateCommand
{
    public const string Name = "migrate";

    public static async Task<int> RunAsync(string[] settings, TextWriter output, TextWriter errors)
    {
        try
        {
            // A one-shot command watches no configuration file (inotify instances are a shared, small budget).
            var builder = Host.CreateApplicationBuilder([.. settings, "--hostBuilder:reloadConfigOnChange=false"]);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddStoreDatabases(builder.Configuration);
            using var host = builder.Build();
            await StoreMigrations.MigrateAsync(host.Services, StoreOptions.From(builder.Configuration).EnabledStores(), output);
            return 0;
        }
        catch (Exception failure)
        {
            await errors.WriteLineAsync($"migrate failed: {failure.Message}");
            return 1;
        }
    }
}
