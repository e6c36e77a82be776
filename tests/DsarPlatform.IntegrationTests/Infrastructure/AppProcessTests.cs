namespace DsarPlatform.IntegrationTests.Infrastructure;

[TestFixture]
[CancelAfter(60_000)]
public sealed class AppProcessTests
{
    static readonly HttpClient Http = new();

    [Test]
    public async Task Web_answers_http_and_stops_gracefully_on_SIGTERM(CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        await using var web = AppProcess.Start(BuiltApp.Web, new() { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}", ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        var ready = await web.WaitForHttpAsync($"http://127.0.0.1:{port}/", TimeSpan.FromSeconds(30));
        TestContext.Progress.WriteLine($"{BuiltApp.Web} answered HTTP after {ready.TotalSeconds:F1} s");

        Assert.That((await Http.GetAsync($"http://127.0.0.1:{port}/health/live", cancellationToken)).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK), web.LogTail());
        // Production's pages need HTTPS (Secure cookies): over plain HTTP they say so, rather than fail.
        var page = await Http.GetAsync($"http://127.0.0.1:{port}/", cancellationToken);
        Assert.That(page.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.UpgradeRequired), web.LogTail());
        Assert.That(await page.Content.ReadAsStringAsync(cancellationToken), Does.Contain("needs a secure connection"));
        Assert.That(web.OutputLines, Has.Some.Contains("ForwardedHeaders:KnownProxies"), "the operator is told which setting to check");
        Assert.That(await web.StopAsync(), Is.Zero, web.LogTail());
        await web.WaitForLineAsync("Application is shutting down", TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Stores_worker_starts_and_dies_on_SIGKILL(CancellationToken cancellationToken)
    {
        await using var stores = AppProcess.Start(BuiltApp.Stores);
        await stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(30));

        await stores.KillAsync();
        Assert.That(stores.ExitCode, Is.EqualTo(128 + 9), stores.LogTail());
        Assert.That(stores.OutputLines, Has.None.Contains("shutting down"), "SIGKILL must not run a graceful shutdown");
        await stores.DisposeAsync();
    }
}
