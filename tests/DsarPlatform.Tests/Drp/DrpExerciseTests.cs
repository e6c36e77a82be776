using System.Text.Json;
using System.Text.Json.Nodes;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Drp;

/// <summary>What an exercise request does: our workflows for access and deletion, a recorded opt-out, and the rest not covered.</summary>
[TestFixture, CancelAfter(120_000)]
public sealed class DrpExerciseTests : DrpAppTest
{
    [Test]
    public async Task A_deletion_runs_our_workflow_on_the_agent_channel_and_is_in_progress_once_confirmed_through_the_email_on_record()
    {
        await Agent.SetUpAsync();
        var body = Agent.Exercise("deletion");
        var answer = await TestAgent.JsonAsync(await Agent.SendExerciseAsync(Agent.Sign(body)));
        Assert.That(StatusOf(answer), Is.EqualTo("open"));
        Assert.That(answer["agent_request_id"]!.GetValue<string>(), Is.EqualTo(body["agent-request-id"]!.GetValue<string>()));
        var id = answer["request_id"]!.GetValue<string>();

        var waiting = await WaitForStatusAsync(id, s => s["status"]!.GetValue<string>() != "open", "the first step");
        Assert.That(StatusOf(waiting), Is.EqualTo("in_progress/need_user_verification"));
        var request = await OurRequestAsync(id);
        Assert.That(request.Channel, Is.EqualTo(IntakeChannels.AuthorizedAgent));
        Assert.That(waiting["expected_by"]!.GetValue<DateTimeOffset>().UtcDateTime, Is.EqualTo(request.DueAtUtc));

        await Api.ConfirmAsync(await Api.VerificationLinkAsync(request.Reference));
        var working = await WaitForStatusAsync(id, s => s["reason"] is null, "verification");
        Assert.That(StatusOf(working), Is.EqualTo("in_progress"));
        Assert.That(working["received_at"]!.GetValue<DateTimeOffset>(), Is.EqualTo(App.Clock.GetUtcNow()).Within(TimeSpan.FromSeconds(1)));

        var journal = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Journal.Where(j => j.RequestId == request.Id).ToListAsync());
        var received = journal.First();
        Assert.That((received.Actor, received.Role), Is.EqualTo(("drp-agent:TEST_AGENT", "AuthorizedAgent")), "the journal names the agent");

        var staff = new DsarApi(App.CreateClient());
        await staff.SignInWithCookieAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That(await staff.Client.GetStringAsync($"/staff/requests/{request.Reference}"),
            Does.Contain($"Test agent (TEST_AGENT), their reference {body["agent-request-id"]!.GetValue<string>()}"), "the case page names the agent, not only the channel");
    }

    [Test]
    public async Task An_agents_email_verified_does_not_replace_our_confirmation_through_the_email_on_record()
    {
        await Agent.SetUpAsync();
        var claims = TestAgent.Alice();
        claims["email_verified"] = true;
        claims["phone_number_verified"] = true;
        claims["address_verified"] = true;
        var id = await ExerciseAsync("access", claims: claims);

        var status = await WaitForStatusAsync(id, s => s["status"]!.GetValue<string>() != "open", "the first step");
        Assert.That(StatusOf(status), Is.EqualTo("in_progress/need_user_verification"));
        Assert.That(status["processing_details"]!.GetValue<string>(), Does.Contain("email address on record"));
        var request = await OurRequestAsync(id);
        Assert.That(request.VerifiedAtUtc, Is.Null);
        var mail = (await Api.WaitForMailAsync(m => m.Subject.Contains(request.Reference) && m.Subject.Contains("confirm"), "the confirmation")).Single();
        Assert.That(mail.To, Is.EqualTo("alice@example.com"));
    }

    [Test]
    public async Task The_claims_become_data_points_with_the_residence_as_country_and_state()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("deletion");
        var request = await OurRequestAsync(id);
        var points = JsonSerializer.Deserialize<Dictionary<string, string>>(request.DataPointsJson)!;
        Assert.That(points, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["phone"] = "+15555550101", ["postalCode"] = "94105", ["country"] = "US", ["state"] = "CA",
        }));
        Assert.That((request.SubmittedName, request.SubmittedEmail), Is.EqualTo(("Alice Example", "alice@example.com")));
    }

    [Test]
    public async Task Claims_without_an_email_are_refused_with_the_error_object()
    {
        await Agent.SetUpAsync();
        var claims = TestAgent.Alice();
        claims.Remove("email");
        var response = await Agent.SendExerciseAsync(Agent.Sign(Agent.Exercise("access", claims: claims)));
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((await TestAgent.JsonAsync(response))["message"]!.GetValue<string>(), Does.Contain("email"));
    }

    [Test]
    public async Task An_opt_out_of_sale_is_recorded_and_fulfilled_saying_we_sell_no_personal_data()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("sale:opt-out");
        var status = await TestAgent.JsonAsync(await Agent.StatusAsync(id));
        Assert.That(StatusOf(status), Is.EqualTo("fulfilled"));
        Assert.That(status["processing_details"]!.GetValue<string>(), Does.Contain("do not sell personal data"));
        var recorded = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().DrpRequests.SingleAsync());
        Assert.That((recorded.Exercise, recorded.AgentId, recorded.RequestId), Is.EqualTo(("sale:opt-out", "TEST_AGENT", (Guid?)null)));
    }

    [Test]
    public async Task A_right_we_do_not_offer_is_denied_as_claim_not_covered()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("sale:opt-in");
        Assert.That(StatusOf(await TestAgent.JsonAsync(await Agent.StatusAsync(id))), Is.EqualTo("denied/claim_not_covered"));
    }

    [Test]
    public async Task A_status_callback_off_the_agents_registered_host_or_not_http_is_refused()
    {
        await Agent.SetUpAsync();
        foreach (var callback in new[] { "https://intranet.internal/hook", "file:///etc/passwd", "http://user:pw@127.0.0.1/x" })
        {
            var response = await Agent.SendExerciseAsync(Agent.Sign(Agent.Exercise("deletion", callback)));
            Assert.That((int)response.StatusCode, Is.EqualTo(400), callback);
            Assert.That((await TestAgent.JsonAsync(response))["message"]!.GetValue<string>(), Does.Contain("status_callback"));
        }
    }
}
