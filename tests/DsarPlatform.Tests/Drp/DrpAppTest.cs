using System.Text.Json.Nodes;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Drp;

/// <summary>
/// A fresh product per test whose DRP directory (from settings) holds two agents, both allowed to call back to
/// 127.0.0.1, with callbacks polled every 100 ms and retried after one minute of the application clock.
/// </summary>
public abstract class DrpAppTest
{
    public const string BusinessId = "DSAR_TEST_BUSINESS";

    protected DsarApp App { get; private set; } = null!;
    protected DsarApi Api { get; private set; } = null!;
    protected TestAgent Agent { get; private set; } = null!;
    protected TestAgent Other { get; private set; } = null!;

    protected virtual int CallbackAttemptsBeforeIncident => 5;

    [SetUp]
    public void StartApp()
    {
        var agentKey = new TestAgent("TEST_AGENT", null!, () => default, BusinessId);
        var otherKey = new TestAgent("OTHER_AGENT", null!, () => default, BusinessId);
        App = new DsarApp(settings: new Dictionary<string, string?>
        {
            ["Drp:BusinessId"] = BusinessId,
            ["Drp:Agents:0:Id"] = agentKey.Id, ["Drp:Agents:0:Name"] = "Test agent", ["Drp:Agents:0:VerifyKey"] = agentKey.VerifyKey,
            ["Drp:Agents:0:CallbackHost"] = "127.0.0.1", ["Drp:Agents:0:Contact"] = "tech@agent.example",
            ["Drp:Agents:1:Id"] = otherKey.Id, ["Drp:Agents:1:Name"] = "Other agent", ["Drp:Agents:1:VerifyKey"] = otherKey.VerifyKey,
            ["Drp:Agents:1:CallbackHost"] = "127.0.0.1",
            ["Drp:CallbackPollInterval"] = "00:00:00.100",
            ["Drp:CallbackFirstRetryDelay"] = "00:01:00",
            ["Drp:CallbackAttemptsBeforeIncident"] = CallbackAttemptsBeforeIncident.ToString(),
        });
        Api = new DsarApi(App.CreateClient());
        Agent = Rebind(agentKey);
        Other = Rebind(otherKey);
    }

    // The key was needed before the app (its settings); the client only after.
    TestAgent Rebind(TestAgent keyed) => keyed.WithClient(App.CreateClient(), () => App.Clock.GetUtcNow());

    [TearDown]
    public async Task StopApp()
    {
        Agent.Dispose();
        Other.Dispose();
        await App.DisposeAsync();
        App.DeleteDataFolder();
    }

    /// <summary>Sends an exercise request and returns the DRP request id it answered with.</summary>
    protected async Task<string> ExerciseAsync(string exercise, string? callback = null, JsonObject? claims = null)
    {
        var response = await Agent.SendExerciseAsync(Agent.Sign(Agent.Exercise(exercise, callback, claims)));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body);
        return JsonNode.Parse(body)!["request_id"]!.GetValue<string>();
    }

    protected Task<DsarRequest> OurRequestAsync(string drpRequestId) =>
        App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var drp = await db.DrpRequests.SingleAsync(d => d.Id == Guid.Parse(drpRequestId));
            return await db.Requests.SingleAsync(r => r.Id == drp.RequestId);
        });

    protected Task<JsonObject> WaitForStatusAsync(string drpRequestId, Func<JsonObject, bool> until, string what) =>
        Eventually.GetAsync(async () => await TestAgent.JsonAsync(await Agent.StatusAsync(drpRequestId)), until, what);

    protected static string StatusOf(JsonObject status) =>
        status["reason"] is { } reason ? $"{status["status"]}/{reason}" : status["status"]!.GetValue<string>();

    protected Task<List<DrpCallback>> CallbacksAsync() =>
        App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().DrpCallbacks.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
}
