using System.Net;
using System.Net.Http.Json;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The deployment shape of production: the web host and the stores as separate processes talking over a
/// private RabbitMQ node, sharing one data folder (their SQLite files). The stores' clock is real, so their
/// directory propagation delay is shortened to seconds while the web host's clock is advanced 14 days.
/// </summary>
[NonParallelizable]
public sealed class DistributedRequestTests
{
    static readonly TimeSpan PropagationDelay = TimeSpan.FromSeconds(2);
    RabbitMqNode _rabbit = null!;
    TempFolder _data = null!;
    AppProcess _stores = null!;
    AppProcess? _web;
    int _webPort;

    [OneTimeSetUp]
    public async Task StartBrokerAndStores()
    {
        RequiredBinary.Check("/usr/lib/rabbitmq/bin/rabbitmq-server", "rabbitmq-server");
        _rabbit = await RabbitMqNode.StartNewAsync();
        _data = new TempFolder("distributed");
        _stores = AppProcess.Start(BuiltApp.Stores, new(Common())
        {
            ["Stores__Directory__PropagationDelay"] = PropagationDelay.ToString("c"),
        });
        await _stores.WaitForLineAsync("Application started", TimeSpan.FromSeconds(60));
    }

    [OneTimeTearDown]
    public async Task StopEverything()
    {
        if (_web is not null) await _web.DisposeAsync();
        await _stores.DisposeAsync();
        await _rabbit.DisposeAsync();
        _data.Dispose();
    }

    [Test, CancelAfter(120_000)]
    public async Task Deletion_completes_with_the_stores_in_their_own_process()
    {
        var api = await StartWebAsync();
        var reference = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        await WaitForDirectoryWaitAsync(api, reference);

        await DeletionCompletion.AdvanceClockAndAssertCompletedOnceAsync(api, reference);
    }

    [Test, CancelAfter(120_000)]
    public async Task A_request_waiting_its_14_days_survives_a_restart_of_the_web_host_and_completes_once()
    {
        var api = await StartWebAsync();
        var reference = await api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await WaitForDirectoryWaitAsync(api, reference);

        Assert.That(await _web!.StopAsync(), Is.EqualTo(0), _web.LogTail());
        await _web.DisposeAsync();
        api = await StartWebAsync();

        await DeletionCompletion.AdvanceClockAndAssertCompletedOnceAsync(api, reference);
    }

    [Test, CancelAfter(120_000)]
    public async Task Access_exports_through_the_store_process_and_the_package_downloads_with_a_code()
    {
        var api = await StartWebAsync();
        var reference = await api.SubmitAsync(new
        {
            type = "access", accountId = "chloe.demo", email = "chloe@example.org", fullName = "Chloe Exemple",
            dataPoints = new Dictionary<string, string> { ["phone"] = "01 55 55 01 03", ["postalCode"] = "75001", ["country"] = "FR" },
            signedDeclaration = true,
        });
        await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
        var link = (await api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("ready to download"), "the package email")).Single().Links.Single(l => l.Contains("/download/"));
        await api.SubmitFormAsync(link, [], handler: "SendCode");
        var code = System.Text.RegularExpressions.Regex.Match(
            (await api.WaitForMailAsync(m => m.Subject.Contains("download code"), "the code")).Single().Text, @"\b\d{6}\b").Value;
        var confirmation = await api.PostFormAsync(link, new() { ["Code"] = code }, handler: "Download");
        Assert.That(confirmation.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Redirect), _web!.LogTail());
        Assert.That(await api.Client.GetStringAsync(confirmation.Headers.Location), Does.Contain("Your download has started"));
        var download = await api.Client.GetAsync($"{new Uri(new Uri("http://localhost"), link).AbsolutePath}?handler=File");
        Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"), _web!.LogTail());
        using var zip = new System.IO.Compression.ZipArchive(await download.Content.ReadAsStreamAsync());
        Assert.That(zip.Entries.Select(e => e.FullName), Is.SupersetOf(new[] { "report.html", "billing.json", "contacts.json", "im-history.json", "directory.json" }));
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var done = await api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(done.Tasks.All(t => _stores.OutputLines.Any(l => l.Contains($"processed task {t.Id}"))), "the stores process exported");
    }

    [Test, CancelAfter(120_000)]
    public async Task Correction_is_decided_by_an_agent_and_rectified_by_the_store_process()
    {
        var api = await StartWebAsync();
        var reference = await api.SubmitAsync(new
        {
            type = "correction", accountId = "chloe.demo", email = "chloe@example.org", fullName = "Chloé Exemple",
            dataPoints = new Dictionary<string, string> { ["country"] = "FR", ["phone"] = "+33 1 55 55 01 03" },
            changes = new[] { new { field = "city", newValue = "Lyon", why = "I moved" } },
        });
        await api.ConfirmAsync(await api.VerificationLinkAsync(reference));
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var review = await api.WaitForRequestAsync(reference,
            r => r.CurrentStep == "review-corrections" && r.Status == "Waiting" && r.CurrentValues.Count > 0 && r.CurrentValues.All(v => v.State == "Read"),
            "the review, with the current values read by the store process");
        Assert.That(review.CurrentValues.Select(v => (v.Field, v.Store, v.Value)), Is.EqualTo(new[] { ("city", (string?)"directory", (string?)"Paris") }));
        var decided = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions",
            new { decisions = new[] { new { field = "city", accept = true, reason = (string?)null } } });
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var done = await api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(done.Tasks.Single(t => t.Store == "directory" && t.Action == "Rectify").Outcome!.Counts.Single().Category, Is.EqualTo("field:city"));
        var reply = (await api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("is done"), "the reply")).Single();
        Assert.That(reply.Text, Does.Contain("Lyon"));
    }

    async Task WaitForDirectoryWaitAsync(DsarApi api, string reference)
    {
        var verification = (await api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single();
        await api.ConfirmAsync(verification.Links.Single());
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");
        Assert.That(waiting.Tasks.Select(t => t.Store), Is.EquivalentTo(new[] { "billing", "contacts", "im-history", "directory" }));
        Assert.That(waiting.Tasks.All(t => t.Status == "Completed"), _stores.LogTail());
        Assert.That(waiting.Tasks.All(t => _stores.OutputLines.Any(l => l.Contains($"processed task {t.Id}"))), "the stores process did the work");
        Assert.That(_web!.OutputLines.Any(l => l.Contains("database ready")), Is.False, "the web host hosts no store");
        await api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("is done"), "the reply");
        await Task.Delay(PropagationDelay); // the stores' real clock must pass their (shortened) delay
    }

    async Task<DsarApi> StartWebAsync()
    {
        _webPort = FreePort.Next();
        var address = $"http://127.0.0.1:{_webPort}";
        _web = AppProcess.Start(BuiltApp.Web, new(Common())
        {
            ["ASPNETCORE_URLS"] = address,
            ["Email__PublicBaseUrl"] = address,
        });
        await _web.WaitForHttpAsync(address + "/", TimeSpan.FromSeconds(60));
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        return new DsarApi(new HttpClient(handler) { BaseAddress = new Uri(address) });
    }

    Dictionary<string, string?> Common() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["DOTNET_ENVIRONMENT"] = "Development",
        ["DataFolder"] = _data.Path,
        ["Bus__Transport"] = "RabbitMq",
        ["ConnectionStrings__RabbitMq"] = _rabbit.AmqpUri.ToString(),
    };
}
