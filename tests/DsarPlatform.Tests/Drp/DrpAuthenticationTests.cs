using System.Net;
using System.Text.Json.Nodes;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;

namespace DsarPlatform.Tests.Drp;

/// <summary>Pair-wise set-up and the spec's order of checks (section 3.07): set-up failures are a bare 403, others the error object.</summary>
[TestFixture, CancelAfter(120_000)]
public sealed class DrpAuthenticationTests : DrpAppTest
{
    [Test]
    public async Task An_agent_filing_in_bulk_has_its_own_limit_while_an_unknown_token_counts_against_its_address()
    {
        await Agent.SetUpAsync();
        var agentAnswers = new List<HttpStatusCode>();
        // More than the address's 20 POSTs a minute (each refused as unsigned: the limit is counted before the body is read).
        for (var i = 0; i < 25; i++) agentAnswers.Add((await Agent.SendAsync(HttpMethod.Post, "/v1/data-rights-request", "not signed")).StatusCode);
        Assert.That(agentAnswers, Has.None.EqualTo(HttpStatusCode.TooManyRequests), "the agent's token buys a bucket of its own");

        var pretender = Other.WithClient(App.CreateClient(), () => App.Clock.GetUtcNow());
        pretender.Token = "a-token-nobody-was-given";
        var pretenderAnswers = new List<HttpStatusCode>();
        // The address's 20: the agent's set-up (no token yet) took one, its 25 filings none.
        for (var i = 0; i < 20; i++) pretenderAnswers.Add((await pretender.SendAsync(HttpMethod.Post, "/v1/data-rights-request", "not signed")).StatusCode);
        Assert.That(pretenderAnswers.Take(19), Has.All.EqualTo(HttpStatusCode.Unauthorized), "the address's bucket was not spent by the agent's filings");
        Assert.That(pretenderAnswers[19], Is.EqualTo(HttpStatusCode.TooManyRequests), "an unknown token counts against its address");
    }

    [Test]
    public async Task Set_up_gives_a_token_kept_only_as_a_hash_and_a_new_set_up_replaces_it()
    {
        var first = await Agent.SetUpAsync();
        var info = await Agent.SendAsync(HttpMethod.Get, $"/v1/agent/{Agent.Id}", null);
        Assert.That((int)info.StatusCode, Is.EqualTo(200));
        Assert.That(await info.Content.ReadAsStringAsync(), Is.EqualTo("{}"));
        var stored = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().DrpAgents.SingleAsync(a => a.AgentId == Agent.Id));
        Assert.That(stored.TokenHash, Is.Not.Null.And.Not.Contains(first), "only a hash is kept");

        App.Clock.Advance(TimeSpan.FromSeconds(1)); // Ed25519 is deterministic: the same body at the same instant would be a replay
        var second = await Agent.SetUpAsync();
        Assert.That(second, Is.Not.EqualTo(first));
        Agent.Token = first;
        Assert.That((int)(await Agent.SendAsync(HttpMethod.Get, $"/v1/agent/{Agent.Id}", null)).StatusCode, Is.EqualTo(401), "the old token stopped working");
        Agent.Token = second;
        var otherPath = await Agent.SendAsync(HttpMethod.Get, $"/v1/agent/{Other.Id}", null);
        Assert.That((int)otherPath.StatusCode, Is.EqualTo(403), "a token reads only its own agent");
        Assert.That((await TestAgent.JsonAsync(otherPath))["code"]!.GetValue<string>(), Is.EqualTo("403"));
    }

    static IEnumerable<TestCaseData> SetUpFailures()
    {
        yield return Case("not base64", (a, _) => "not base64 at all!");
        yield return Case("signed with another key", (a, _) => a.Sign(a.Envelope(), TestAgent.NewKey()));
        yield return Case("agent-id other than the address", (a, _) => Signed(a, m => m["agent-id"] = "OTHER_AGENT"));
        yield return Case("another business", (a, _) => Signed(a, m => m["business-id"] = "SOMEONE_ELSE"));
        yield return Case("issued in the future", (a, now) => a.Sign(a.Envelope(issuedAt: now + TimeSpan.FromMinutes(1))));
        yield return Case("expired", (a, now) => a.Sign(a.Envelope(TimeSpan.FromMinutes(10), now - TimeSpan.FromMinutes(10))));
    }

    static TestCaseData Case(string name, Func<TestAgent, DateTimeOffset, string> body) => new TestCaseData(body).SetArgDisplayNames(name);

    static string Signed(TestAgent agent, Action<JsonObject> change)
    {
        var message = agent.Envelope();
        change(message);
        return agent.Sign(message);
    }

    [TestCaseSource(nameof(SetUpFailures))]
    public async Task A_set_up_failing_a_check_is_403_with_an_empty_body(Func<TestAgent, DateTimeOffset, string> body)
    {
        await AssertEmpty403Async(await Agent.SetUpAsync(body(Agent, App.Clock.GetUtcNow())));
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().DrpAgents.CountAsync(a => a.TokenHash != null)), Is.Zero);
    }

    [Test]
    public async Task A_set_up_for_an_unknown_or_disabled_agent_or_a_replayed_body_is_403_with_an_empty_body()
    {
        var stranger = Agent.WithClient(Agent.Client, Agent.Now);
        await AssertEmpty403Async(await stranger.SetUpAsync(Signed(stranger, m => m["agent-id"] = "NOBODY"), "NOBODY"));

        var body = Agent.Sign(Agent.Envelope());
        Assert.That((int)(await Agent.SetUpAsync(body)).StatusCode, Is.EqualTo(200));
        await AssertEmpty403Async(await Agent.SetUpAsync(body));

        await App.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<DsarDbContext>();
            (await db.DrpAgents.SingleAsync(a => a.AgentId == Agent.Id)).Enabled = false;
            await db.SaveChangesAsync();
        });
        await AssertEmpty403Async(await Agent.SetUpAsync(Agent.Sign(Agent.Envelope())));
    }

    static IEnumerable<TestCaseData> ExerciseFailures()
    {
        yield return Exercise("not base64", (a, _) => "%%%", 400, null);
        yield return Exercise("signed with another key", (a, _) => a.Sign(a.Exercise("deletion"), TestAgent.NewKey()), 403, null);
        yield return Exercise("another agent's id", (a, _) => Signed(a.Exercise("deletion"), a, m => m["agent-id"] = "OTHER_AGENT"), 403, null);
        yield return Exercise("another business", (a, _) => Signed(a.Exercise("deletion"), a, m => m["business-id"] = "SOMEONE_ELSE"), 403, null);
        yield return Exercise("issued in the future", (a, now) => Signed(a.Exercise("deletion"), a,
            m => m["issued-at"] = (now + TimeSpan.FromMinutes(2)).ToString("O")), 400, null);
        yield return Exercise("expired", (a, now) => Signed(a.Exercise("deletion"), a,
            m => (m["issued-at"], m["expires-at"]) = ((now - TimeSpan.FromMinutes(11)).ToString("O"), (now - TimeSpan.FromMinutes(1)).ToString("O"))), 400, true);
        yield return Exercise("an unknown right", (a, _) => a.Sign(a.Exercise("sale:everything")), 400, null);
    }

    static TestCaseData Exercise(string name, Func<TestAgent, DateTimeOffset, string> body, int status, bool? fatal) =>
        new TestCaseData(body, status, fatal).SetArgDisplayNames(name);

    static string Signed(JsonObject message, TestAgent agent, Action<JsonObject> change)
    {
        change(message);
        return agent.Sign(message);
    }

    [TestCaseSource(nameof(ExerciseFailures))]
    public async Task An_exercise_failing_a_check_answers_the_error_object_and_records_nothing(
        Func<TestAgent, DateTimeOffset, string> body, int status, bool? fatal)
    {
        await Agent.SetUpAsync();
        var response = await Agent.SendExerciseAsync(body(Agent, App.Clock.GetUtcNow()));
        var error = await TestAgent.JsonAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(status), error.ToJsonString());
        Assert.That(error["code"]!.GetValue<string>(), Is.EqualTo(status.ToString()));
        Assert.That(error["message"]!.GetValue<string>(), Is.Not.Empty);
        Assert.That(error["fatal"]?.GetValue<bool>(), Is.EqualTo(fatal));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task An_exercise_without_a_token_or_with_a_replayed_body_is_refused()
    {
        var unsigned = await Agent.SendExerciseAsync(Agent.Sign(Agent.Exercise("deletion")));
        Assert.That((int)unsigned.StatusCode, Is.EqualTo(401));
        Assert.That((await TestAgent.JsonAsync(unsigned))["code"]!.GetValue<string>(), Is.EqualTo("401"));

        await Agent.SetUpAsync();
        var body = Agent.Sign(Agent.Exercise("deletion"));
        Assert.That((int)(await Agent.SendExerciseAsync(body)).StatusCode, Is.EqualTo(200));
        var replay = await Agent.SendExerciseAsync(body);
        Assert.That((int)replay.StatusCode, Is.EqualTo(409));
        Assert.That((await TestAgent.JsonAsync(replay))["code"]!.GetValue<string>(), Is.EqualTo("409"));
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.CountAsync()), Is.EqualTo(1), "the replay made no request");
    }

    [Test]
    public async Task A_token_of_one_agent_with_a_body_signed_by_another_is_refused_at_the_signature()
    {
        await Agent.SetUpAsync();
        var forged = Other.WithClient(Agent.Client, Agent.Now);
        forged.Token = Agent.Token;
        var response = await forged.SendExerciseAsync(forged.Sign(forged.Exercise("deletion")));
        Assert.That((int)response.StatusCode, Is.EqualTo(403));
        Assert.That((await TestAgent.JsonAsync(response))["message"]!.GetValue<string>(), Does.Contain("signature"));
    }

    static async Task AssertEmpty403Async(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }
}
