using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Infrastructure;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium), headless, driven by Playwright. The Playwright driver (node, shipped
/// inside the Microsoft.Playwright package and copied to the test output's .playwright/) is started by
/// <see cref="Playwright.CreateAsync"/>; no browser is ever downloaded because the executable is given. Disposing
/// closes the browser and the driver and checks, by the driver's pid, that it is gone.
/// <code>
/// await using var chromium = await ChromiumBrowser.LaunchAsync();
/// await using var context = await chromium.NewContextAsync("http://127.0.0.1:5080");
/// </code>
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    readonly TempFolder folder = new("browser");
    IPlaywright? playwright;
    IBrowser? browser;
    int? driverPid;
    IDisposable? leftover;
    int disposed;

    ChromiumBrowser()
    {
    }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        RequiredBinary.Check(Executable, "chromium");
        var chromium = new ChromiumBrowser();
        try
        {
            await chromium.StartAsync();
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Playwright driver's pid, when it could be told apart from the test host's other children.</summary>
    public int? DriverProcessId => driverPid;

    /// <summary>A fresh context (own cookies and storage) that accepts downloads; close it when the test ends.</summary>
    public Task<IBrowserContext> NewContextAsync(string baseUrl) =>
        browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, AcceptDownloads = true, Locale = "en-US" });

    async Task StartAsync()
    {
        var before = ChildProcesses.OfThisProcess();
        playwright = await Playwright.CreateAsync();
        driverPid = ChildProcesses.OfThisProcess().Except(before)
            .Where(pid => ChildProcesses.CommandLine(pid).Contains("run-driver", StringComparison.Ordinal))
            .Cast<int?>().SingleOrDefault();
        if (driverPid is int pid) leftover = Leftovers.Register(() => Posix.Signal(pid, Posix.SigKill));
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // Playwright adds a fresh --user-data-dir; the cache goes to this fixture's dsar-it-browser-* folder,
            // which also names the browser in .ci/run's leftover check should it ever survive.
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--disk-cache-dir={folder.Combine("cache")}",
            ],
            Timeout = 30_000,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            if (browser is not null) await browser.CloseAsync();
            playwright?.Dispose();
            await StopDriverAsync();
        }
        finally
        {
            leftover?.Dispose();
            folder.Dispose();
        }
    }

    async Task StopDriverAsync()
    {
        if (driverPid is not int pid) return;
        for (var waited = 0; waited < 50 && ChildProcesses.IsRunning(pid); waited++) await Task.Delay(100);
        if (!ChildProcesses.IsRunning(pid)) return;
        Posix.Signal(pid, Posix.SigKill);
        TestContext.Progress.WriteLine($"The Playwright driver (pid {pid}) outlived Dispose by 5 s and was killed.");
    }
}
