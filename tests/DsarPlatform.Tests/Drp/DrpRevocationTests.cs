using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Drp;

/// <summary>Revoking (DELETE) closes our request as withdrawn; a final request and another agent's request are refused.</summary>
[TestFixture, CancelAfter(120_000)]
public sealed class DrpRevocationTests : DrpAppTest
{
    [Test]
    public async Task Revoking_closes_our_request_as_withdrawn_journaled_as_the_agent_and_a_second_revocation_is_refused()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("deletion");
        await App.WaitForFirstStepsAsync();

        var revoked = await TestAgent.JsonAsync(await Agent.RevokeAsync(id));
        Assert.That(StatusOf(revoked), Is.EqualTo("revoked"));
        var request = await OurRequestAsync(id);
        Assert.That((request.Outcome, request.ClosedAtUtc), Is.EqualTo((RequestOutcome.Withdrawn, (DateTime?)App.Clock.GetUtcNow().UtcDateTime)));
        var withdrawn = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Journal.SingleAsync(j => j.RequestId == request.Id && j.Event == "WithdrawnByAgent"));
        Assert.That((withdrawn.Actor, withdrawn.Role), Is.EqualTo(("drp-agent:TEST_AGENT", "AuthorizedAgent")));
        Assert.That(withdrawn.Detail, Does.Not.Contain("changed my mind"), "the person's reason is not kept");

        var again = await Agent.RevokeAsync(id, "Really, stop it"); // another body: the same one again would be a replay
        Assert.That((int)again.StatusCode, Is.EqualTo(409));
        Assert.That((await TestAgent.JsonAsync(again))["message"]!.GetValue<string>(), Does.Contain("already revoked"));
        Assert.That(StatusOf(await TestAgent.JsonAsync(await Agent.StatusAsync(id))), Is.EqualTo("revoked"));
    }

    [Test]
    public async Task One_agent_can_neither_read_nor_revoke_another_agents_request()
    {
        await Agent.SetUpAsync();
        await Other.SetUpAsync();
        var id = await ExerciseAsync("deletion");

        var read = await Other.StatusAsync(id);
        Assert.That((int)read.StatusCode, Is.EqualTo(403));
        Assert.That((await TestAgent.JsonAsync(read))["code"]!.GetValue<string>(), Is.EqualTo("403"));
        Assert.That(await read.Content.ReadAsStringAsync(), Does.Not.Contain("in_progress").And.Not.Contain("open"));
        Assert.That((int)(await Other.RevokeAsync(id)).StatusCode, Is.EqualTo(403));
        Assert.That((await OurRequestAsync(id)).ClosedAtUtc, Is.Null, "still open");
        Assert.That((int)(await Other.StatusAsync(Guid.NewGuid().ToString())).StatusCode, Is.EqualTo(404));
    }

    [Test]
    public async Task A_fulfilled_opt_out_cannot_be_revoked()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("sale:opt-out");
        var response = await Agent.RevokeAsync(id);
        Assert.That((int)response.StatusCode, Is.EqualTo(409));
        Assert.That((await TestAgent.JsonAsync(response))["message"]!.GetValue<string>(), Does.Contain("already fulfilled"));
    }
}
