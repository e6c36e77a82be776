namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>Starts one <see cref="PublicSite"/> for every browser test fixture in this namespace, and stops it after them.</summary>
[SetUpFixture]
public sealed class BrowserSuite
{
    static PublicSite? site;

    /// <summary>The running site; only inside tests of this namespace.</summary>
    public static PublicSite Site => site ?? throw new InvalidOperationException("The browser suite's site is not running.");

    [OneTimeSetUp]
    public async Task StartSite()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        site = await PublicSite.StartAsync();
        TestContext.Progress.WriteLine($"Browser suite: web host, SMTP sink and Chromium ready in {clock.Elapsed.TotalSeconds:F1} s" +
            $" (Playwright driver pid {site.Chromium.DriverProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"})");
    }

    [OneTimeTearDown]
    public async Task StopSite()
    {
        if (site is null) return;
        await site.DisposeAsync();
        site = null;
    }
}
