using System.Diagnostics;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// One of the solution's apps as a real process (<c>dotnet App.dll</c>) in its own process group,
/// for crash and restart tests. Output goes to a log under the test work folder's logs/; failures
/// quote its tail. Configure through environment variables (<c>Section__Key</c>).
/// <code>
/// var port = FreePort.Next();
/// await using var web = AppProcess.Start(BuiltApp.Web, new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
/// await web.WaitForHttpAsync($"http://127.0.0.1:{port}/", TimeSpan.FromSeconds(30));
/// web.Kill(); // or await web.StopAsync();
/// </code>
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    const string Dotnet = "dotnet";
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    readonly ProcessGroup process;
    readonly TempFolder? ownFolder;
    int disposed;

    AppProcess(ProcessGroup process, TempFolder? ownFolder, string workingDirectory)
    {
        this.process = process;
        this.ownFolder = ownFolder;
        WorkingDirectory = workingDirectory;
    }

    public int Id => process.Id;

    public string LogPath => process.LogPath;

    /// <summary>The working directory; a temp folder the fixture deletes unless one was given.</summary>
    public string WorkingDirectory { get; }

    public bool HasExited => process.HasExited;

    public int? ExitCode => process.ExitCode;

    /// <summary>
    /// Starts a built app of the solution (<paramref name="project"/> as in <see cref="BuiltApp"/>).
    /// Variables set to null are removed from the inherited environment.
    /// </summary>
    public static AppProcess Start(string project, Dictionary<string, string?>? environment = null, string? workingDirectory = null) =>
        StartDll(BuiltApp.DllPath(project), environment, workingDirectory);

    /// <summary>Starts any framework-dependent app by the path of its dll.</summary>
    public static AppProcess StartDll(string dllPath, Dictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var name = Path.GetFileNameWithoutExtension(dllPath);
        var ownFolder = workingDirectory is null ? new TempFolder(name) : null;
        var folder = workingDirectory ?? ownFolder!.Path;
        var logFolder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "logs");
        Directory.CreateDirectory(logFolder);
        var logPath = Path.Combine(logFolder, $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid().ToString("N")[..6]}.log");
        // Every host watches its settings and web root; the suite's many hosts would spend the user's 128 inotify
        // instances (shared with the fast tier running beside it), so they poll instead.
        // Outside Development a host leaves the schema to the migrate command; these hosts migrate as they start unless a test removes it.
        var env = new Dictionary<string, string?>
        {
            ["DOTNET_NOLOGO"] = "1", ["DOTNET_USE_POLLING_FILE_WATCHER"] = "1", ["Database__MigrateOnStart"] = "true",
        };
        foreach (var (key, value) in environment ?? []) env[key] = value;
        try
        {
            var group = ProcessGroup.Start(Dotnet, [dllPath], folder, logPath, env);
            return new AppProcess(group, ownFolder, folder);
        }
        catch
        {
            ownFolder?.Dispose();
            throw;
        }
    }

    /// <summary>The last lines of the app's output, for assertion messages.</summary>
    public string LogTail(int lines = 40) => process.Tail(lines);

    public IReadOnlyList<string> OutputLines => process.Lines;

    /// <summary>Waits until <paramref name="url"/> gives any HTTP response; fails early if the app exits.</summary>
    public async Task<TimeSpan> WaitForHttpAsync(string url, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            FailIfExited($"before {url} answered");
            try
            {
                using var response = await Http.GetAsync(url);
                return clock.Elapsed;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        Assert.Fail($"{url} did not answer within {timeout}.\n{Describe()}");
        return clock.Elapsed;
    }

    /// <summary>Waits until an output line contains <paramref name="text"/>; fails early if the app exits.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(string line)
        {
            if (line.Contains(text, StringComparison.Ordinal)) seen.TrySetResult(line);
        }
        process.Line += OnLine;
        try
        {
            // Subscribe first, then look back, so a line printed in between is not missed.
            var earlier = process.Lines.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal));
            if (earlier is not null) return earlier;
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (seen.Task.IsCompleted) return await seen.Task;
                FailIfExited($"before printing '{text}'");
                await Task.WhenAny(seen.Task, Task.Delay(100));
            }
            Assert.Fail($"No output line containing '{text}' within {timeout}.\n{Describe()}");
            return "";
        }
        finally
        {
            process.Line -= OnLine;
        }
    }

    /// <summary>SIGKILL to the app's process group, as a crash would; returns once it is gone.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>SIGKILL without waiting (see <see cref="KillAsync"/>).</summary>
    public void Kill() => process.Kill();

    /// <summary>SIGTERM (graceful host shutdown), SIGKILL after <paramref name="grace"/> (default 10 s); returns the exit code.</summary>
    public Task<int> StopAsync(TimeSpan? grace = null) => process.StopAsync(grace ?? TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await process.DisposeAsync();
        }
        finally
        {
            ownFolder?.Dispose();
        }
    }

    void FailIfExited(string when)
    {
        if (process.HasExited) Assert.Fail($"The app exited with code {process.ExitCode} {when}.\n{Describe()}");
    }

    string Describe() => $"log {LogPath}, last lines:\n{LogTail()}";
}
