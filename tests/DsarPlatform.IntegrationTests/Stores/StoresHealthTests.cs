using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Hosting.Health;
using DsarPlatform.IntegrationTests.Infrastructure;

namespace DsarPlatform.IntegrationTests.Stores;

/// <summary>
/// The stores app as a process on a private RabbitMQ node answers its readiness probe on <c>Health:Urls</c>, naming the
/// broker and each store database, and turns unready when the node stops (the broker-connection check: MassTransit's own
/// bus check stays Healthy for a while after the node goes away).
/// </summary>
[NonParallelizable, CancelAfter(180_000)]
public sealed class StoresHealthTests
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Test]
    public async Task The_stores_app_answers_ready_naming_the_broker_and_its_databases_and_unready_once_the_broker_stops()
    {
        await using var rabbit = await RabbitMqNode.StartNewAsync();
        using var data = new TempFolder("stores-health");
        var probe = $"http://127.0.0.1:{FreePort.Next()}";
        await using var stores = AppProcess.Start(BuiltApp.Stores, new()
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["DataFolder"] = data.Path,
            ["Bus__Transport"] = "RabbitMq",
            ["ConnectionStrings__RabbitMq"] = rabbit.AmqpUri.ToString(),
            ["Health__Urls"] = probe,
        });
        await stores.WaitForHttpAsync(probe + HealthEndpoints.LivePath, TimeSpan.FromSeconds(60));

        var ready = await ProbeUntilAsync(probe, HttpStatusCode.OK, stores);
        Assert.That(ready.Components.Single(c => c.Name == "broker").Status, Is.EqualTo("Healthy"));
        Assert.That(ready.Components.Select(c => c.Name), Is.SupersetOf(new[] { "billing-database", "contacts-database", "im-history-database", "directory-database" }));
        Assert.That(ready.Components.Single(c => c.Name == "broker-connection").Status, Is.EqualTo("Healthy"));

        await rabbit.StopAsync();
        var unready = await ProbeUntilAsync(probe, HttpStatusCode.ServiceUnavailable, stores);
        Assert.That(unready.Components.Single(c => c.Name == "broker-connection").Status, Is.EqualTo("Unhealthy"));
        Assert.That(unready.Components.Single(c => c.Name == "billing-database").Status, Is.EqualTo("Healthy"), "only the broker is named down");
    }

    static async Task<HealthAnswer> ProbeUntilAsync(string probe, HttpStatusCode expected, AppProcess stores)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using var response = await Http.GetAsync(probe + HealthEndpoints.ReadyPath);
            if (response.StatusCode == expected) return (await response.Content.ReadFromJsonAsync<HealthAnswer>())!;
            if (DateTime.UtcNow > deadline) Assert.Fail($"/health/ready did not answer {expected}; last {response.StatusCode}.\n{stores.LogTail()}");
            await Task.Delay(250);
        }
    }
}
