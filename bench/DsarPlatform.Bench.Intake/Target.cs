using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.Bench.Intake;

/// <summary>
/// One server under load, as its own process in its own process group (<c>dotnet some.dll</c> on a free loopback
/// port); disposing stops that group by its id (SIGTERM, then SIGKILL) and nothing else.
/// </summary>
public sealed class Target : IAsyncDisposable
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    readonly ProcessGroup process;

    Target(string name, string baseUrl, ProcessGroup process)
    {
        Name = name;
        BaseUrl = baseUrl;
        this.process = process;
    }

    public string Name { get; }

    public string BaseUrl { get; }

    public string IntakeUrl => BaseUrl + "/api/requests";

    /// <summary>The bare minimal API: this bench's own dll started with <c>floor</c>.</summary>
    public static Task<Target> StartFloorAsync(string folder)
    {
        var port = FreePort.Next();
        return StartAsync("floor", typeof(FloorApi).Assembly.Location,
            ["floor", port.ToString(CultureInfo.InvariantCulture), folder], port, folder, new() { ["DOTNET_NOLOGO"] = "1" });
    }

    /// <summary>src/DsarPlatform.Web as built beside this bench, on the embedded default in <paramref name="folder"/>.</summary>
    public static Task<Target> StartProductAsync(string folder)
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}";
        var dll = WebDllPath();
        return StartAsync("product", dll, [], port, folder, new()
        {
            ["DOTNET_NOLOGO"] = "1",
            // The build folder, as a deployment runs it: appsettings.json (log levels among others) is read from there,
            // not from the working directory (the temp folder).
            ["ASPNETCORE_CONTENTROOT"] = Path.GetDirectoryName(dll),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Database__MigrateOnStart"] = "true",
            ["ASPNETCORE_URLS"] = url,
            ["DataFolder"] = folder,
            ["Email__PublicBaseUrl"] = url,
            ["Stores__SeedDemoData"] = "true",
            // Every request comes from 127.0.0.1: the per-IP limit, the answer floor and the email allowance would measure themselves.
            ["Security__RateLimits__PublicPostsPerWindow"] = "1000000000",
            ["Security__IntakeResponseFloor"] = "00:00:00",
            ["Security__IntakeThrottle__EmailsPerTarget"] = "1000000000",
        });
    }

    /// <summary>CPU seconds the server's process has used so far (user + system).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100; // USER_HZ
    }

    public string LogTail() => process.Tail(30);

    public ValueTask DisposeAsync() => process.DisposeAsync();

    static async Task<Target> StartAsync(string name, string dll, string[] arguments, int port, string folder, Dictionary<string, string?> environment)
    {
        Directory.CreateDirectory(folder);
        var group = ProcessGroup.Start("dotnet", [dll, .. arguments], folder, Path.Combine(folder, $"{name}.log"), environment);
        var target = new Target(name, $"http://127.0.0.1:{port}", group);
        try
        {
            await target.WaitUntilAnsweringAsync(TimeSpan.FromSeconds(180));
            return target;
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
    }

    async Task WaitUntilAnsweringAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The {Name} exited with code {process.ExitCode} before answering:\n{LogTail()}");
            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/");
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException($"The {Name} did not answer within {timeout}:\n{LogTail()}");
    }

    /// <summary>The web host's dll in src/DsarPlatform.Web/bin/{this bench's configuration}/{tfm}/ (built by the project reference).</summary>
    static string WebDllPath()
    {
        var benchFolder = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var configuration = typeof(Target).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var root = new DirectoryInfo(benchFolder);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DsarPlatform.sln"))) root = root.Parent;
        var dll = Path.Combine(root?.FullName ?? ".", "src", "DsarPlatform.Web", "bin", configuration, Path.GetFileName(benchFolder), "DsarPlatform.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"No build of the web host at {dll}: build this bench (it builds the web host).");
    }
}
