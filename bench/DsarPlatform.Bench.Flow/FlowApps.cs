using System.Reflection;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.Bench.Flow;

/// <summary>
/// The web host and the stores process as built (same configuration as this bench), each <c>dotnet App.dll</c> in its
/// own process group, on the given broker and databases. Logs go to the bench's data folder; stopped by pid.
/// </summary>
public sealed class FlowApps : IAsyncDisposable
{
    readonly List<ProcessGroup> started = [];

    public int WebPid { get; private set; }
    public int StoresPid { get; private set; }

    public async Task StartAsync(Uri amqp, FlowDatabases databases, string logFolder)
    {
        var settings = databases.Settings();
        settings["ASPNETCORE_ENVIRONMENT"] = "Development";
        settings["DOTNET_ENVIRONMENT"] = "Development";
        settings["DOTNET_USE_POLLING_FILE_WATCHER"] = "1";
        settings["Bus__Transport"] = "RabbitMq";
        settings["ConnectionStrings__RabbitMq"] = amqp.ToString();
        // One line per message would measure the console, not the flow.
        settings["Logging__LogLevel__Default"] = "Warning";
        settings["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        // The stores first: they create the payload key file both share through the data folder.
        var stores = Start("DsarPlatform.Stores", settings, logFolder);
        StoresPid = stores.Id;
        await WaitForLineAsync(stores, "Application started", TimeSpan.FromSeconds(120));

        var port = FreePort.Next();
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        var web = Start("DsarPlatform.Web", settings, logFolder);
        WebPid = web.Id;
        await WaitForLineAsync(web, "Application started", TimeSpan.FromSeconds(180));
    }

    ProcessGroup Start(string project, Dictionary<string, string?> settings, string logFolder)
    {
        var dll = DllPath(project);
        var group = ProcessGroup.Start("dotnet", [dll], Path.GetDirectoryName(dll)!, Path.Combine(logFolder, project + ".log"), settings);
        started.Add(group);
        return group;
    }

    static async Task WaitForLineAsync(ProcessGroup process, string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!process.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"No '{text}' from {process.LogPath}:\n{process.Tail()}");
            await Task.Delay(100);
        }
    }

    /// <summary><c>src/{project}/bin/{configuration}/{tfm}/{project}.dll</c> of this checkout.</summary>
    static string DllPath(string project)
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = typeof(FlowApps).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DsarPlatform.sln"))) root = root.Parent;
        var dll = Path.Combine(root?.FullName ?? here, "src", project, "bin", configuration, Path.GetFileName(here), project + ".dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"{dll} is not built");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in started) await process.StopAsync(TimeSpan.FromSeconds(15));
        foreach (var process in started) await process.DisposeAsync();
    }
}
