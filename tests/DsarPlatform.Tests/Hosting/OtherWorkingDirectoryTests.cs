using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DsarPlatform.Tests.Hosting;

/// <summary>
/// #16 finding 7: the built app started from another working directory still loads its appsettings.json (so its logging
/// filters hold), serves its pages and static files, and logs no token.
/// </summary>
public sealed class OtherWorkingDirectoryTests
{
    [Test, CancelAfter(120_000)]
    public async Task Started_from_another_folder_the_app_loads_its_settings_and_logs_no_token()
    {
        var elsewhere = Directory.CreateTempSubdirectory("dsar-cwd-").FullName;
        var port = FreePort();
        var output = new StringBuilder();
        var started = new TaskCompletionSource();
        using var app = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet", [WebAssembly(), "--urls", $"http://127.0.0.1:{port}", "--DataFolder", Path.Combine(elsewhere, ".data")])
            {
                WorkingDirectory = elsewhere, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
                Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ASPNETCORE_CONTENTROOT"] = null, ["DOTNET_CONTENTROOT"] = null },
            },
        };
        void Collect(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
            if (line.Contains("Application started")) started.TrySetResult();
        }
        app.OutputDataReceived += (_, e) => Collect(e.Data);
        app.ErrorDataReceived += (_, e) => Collect(e.Data);
        app.Start();
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(90));
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            const string token = "ThisIsNotARealTokenButLooksLikeOne0123456789ab";
            Assert.That((await client.GetAsync($"/verify/{token}")).StatusCode, Is.EqualTo(HttpStatusCode.Gone), "an unknown link is gone");
            var download = await client.GetAsync($"/download/{token}");
            Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.Gone), "an unknown link is gone");
            Assert.That(await download.Content.ReadAsStringAsync(), Does.Contain("cannot be used"), "the page is found and says why");
            Assert.That((await client.GetAsync("/css/site.css")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "wwwroot is found");
            Assert.That(await client.GetStringAsync("/requests/access"), Does.Contain("See my data"), "the pages are found");
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            Directory.Delete(elsewhere, recursive: true);
        }

        string log;
        lock (output) log = output.ToString();
        Assert.That(log, Does.Not.Contain($"Content root path: {elsewhere}"), "the content root is the app's, not the working directory");
        Assert.That(log, Does.Not.Contain("Request starting"), "appsettings.json's filter (Microsoft.AspNetCore: Warning) is loaded");
        Assert.That(log, Does.Not.Contain("ThisIsNotARealToken"));
    }

    /// <summary>The web app as built next to these tests (same configuration), found from the repository root.</summary>
    static string WebAssembly()
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "DsarPlatform.sln"))) root = root.Parent;
        var configuration = new DirectoryInfo(here).Parent!.Name;
        var path = Path.Combine(root!.FullName, "src", "DsarPlatform.Web", "bin", configuration, "net10.0", "DsarPlatform.Web.dll");
        Assert.That(File.Exists(path), Is.True, path);
        return path;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
