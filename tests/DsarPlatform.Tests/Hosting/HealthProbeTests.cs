using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Hosting.Health;
using DsarPlatform.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DsarPlatform.Tests.Hosting;

/// <summary>The web host's probes, anonymous, on the embedded default (SQLite files, in-memory bus, stores in-process).</summary>
[TestFixture, CancelAfter(120_000)]
public class HealthProbeTests
{
    DsarApp _app = null!;
    HttpClient _client = null!;

    [SetUp]
    public void Start()
    {
        _app = new DsarApp();
        _client = _app.CreateClient();
    }

    [TearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task Live_answers_healthy_without_checking_anything()
    {
        var response = await _client.GetAsync(HealthEndpoints.LivePath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var answer = await response.Content.ReadFromJsonAsync<HealthAnswer>();
        Assert.That(answer!.Status, Is.EqualTo("Healthy"));
        Assert.That(answer.Components, Is.Empty);
    }

    [Test]
    public async Task Ready_is_healthy_naming_the_database_the_broker_and_each_in_process_store()
    {
        var answer = await ReadyAsync(HttpStatusCode.OK);

        Assert.That(answer.Status, Is.EqualTo("Healthy"));
        Assert.That(answer.Components.Select(c => c.Name), Is.SupersetOf(new[]
            { "database", "broker", "billing-database", "contacts-database", "directory-database", "im-history-database" }));
        Assert.That(answer.Components.Select(c => c.Status), Is.All.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_turns_503_naming_the_database_when_it_cannot_be_opened()
    {
        await ReadyAsync(HttpStatusCode.OK);
        // A folder where the file was: nothing can open it, or create it again.
        var file = Path.Combine(_app.DataFolder, "dsar.db");
        SqliteConnection.ClearAllPools();
        File.Move(file, file + ".away");
        Directory.CreateDirectory(file);

        var response = await _client.GetAsync(HealthEndpoints.ReadyPath);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
        var answer = await response.Content.ReadFromJsonAsync<HealthAnswer>();
        Assert.That(answer!.Status, Is.EqualTo("Unhealthy"));
        Assert.That(answer.Components.Single(c => c.Name == "database").Status, Is.EqualTo("Unhealthy"));
        Assert.That(body, Does.Not.Contain(_app.DataFolder).And.Not.Contain("Exception").And.Not.Contain("Data Source"));
    }

    // The bus starts beside the host; its endpoints are ready a moment later.
    async Task<HealthAnswer> ReadyAsync(HttpStatusCode expected)
    {
        var response = await Eventually.GetAsync(() => _client.GetAsync(HealthEndpoints.ReadyPath), r => r.StatusCode == expected,
            $"/health/ready to answer {expected}");
        return (await response.Content.ReadFromJsonAsync<HealthAnswer>())!;
    }
}
