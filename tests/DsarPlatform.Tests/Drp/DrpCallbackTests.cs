using DsarPlatform.Web.Drp;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Drp;

/// <summary>Status callbacks to a real listener: queued with each change, retried with backoff until 200, an incident when they keep failing.</summary>
[TestFixture, CancelAfter(120_000)]
public sealed class DrpCallbackTests : DrpAppTest
{
    protected override int CallbackAttemptsBeforeIncident => 1;

    [Test]
    public async Task A_failed_callback_is_retried_after_the_backoff_until_the_agent_answers_200_and_the_incident_closes()
    {
        using var listener = new CallbackListener();
        listener.Answers.Enqueue(500);
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("deletion", listener.Url);

        var failed = await Eventually.GetAsync(() => Task.FromResult(listener.Received.ToList()), r => r.Count >= 1, "the first callback");
        Assert.That(failed[0].Answered, Is.EqualTo(500));
        Assert.That(StatusOf(failed[0].Body), Is.EqualTo("in_progress/need_user_verification"));
        Assert.That(failed[0].Body["request_id"]!.GetValue<string>(), Is.EqualTo(id));
        var pending = (await Eventually.GetAsync(CallbacksAsync, c => c.Count == 1 && c[0].Attempts == 1, "the failure recorded")).Single();
        Assert.That((pending.DeliveredAtUtc, pending.LastFailure, pending.NextAttemptAtUtc),
            Is.EqualTo(((DateTime?)null, "HTTP 500", (DateTime?)App.Clock.GetUtcNow().UtcDateTime.AddMinutes(1))));
        var request = await OurRequestAsync(id);
        var incident = await IncidentAsync(request.Id);
        Assert.That((incident.Step, incident.ResolvedAtUtc), Is.EqualTo((DrpCallbackIncidents.Step, (DateTime?)null)));
        Assert.That(incident.Cause, Does.Contain("TEST_AGENT").And.Contain("HTTP 500"));

        await Task.Delay(500);
        Assert.That(listener.Received, Has.Count.EqualTo(1), "nothing is sent again before the backoff has passed");
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        var retried = await Eventually.GetAsync(() => Task.FromResult(listener.Received.ToList()), r => r.Count >= 2, "the retry");
        Assert.That((retried[1].Answered, StatusOf(retried[1].Body)), Is.EqualTo((200, "in_progress/need_user_verification")));
        await Eventually.GetAsync(CallbacksAsync, c => c.All(x => x.DeliveredAtUtc is not null), "the callback delivered");
        Assert.That((await IncidentAsync(request.Id)).ResolvedAtUtc, Is.Not.Null, "the incident closes once a callback gets through");

        await Api.ConfirmAsync(await Api.VerificationLinkAsync(request.Reference));
        var progressed = await Eventually.GetAsync(() => Task.FromResult(listener.Received.ToList()), r => r.Count >= 3, "the next status");
        Assert.That(StatusOf(progressed[2].Body), Is.EqualTo("in_progress"));
        Assert.That(progressed[2].Body["expected_by"]!.GetValue<DateTimeOffset>().UtcDateTime, Is.EqualTo(request.DueAtUtc));
    }

    [Test]
    public async Task A_revocation_is_called_back_as_revoked()
    {
        using var listener = new CallbackListener();
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("deletion", listener.Url);
        await Eventually.GetAsync(() => Task.FromResult(listener.Received.ToList()), r => r.Count >= 1, "the first callback");
        Assert.That((int)(await Agent.RevokeAsync(id)).StatusCode, Is.EqualTo(200));
        var last = await Eventually.GetAsync(() => Task.FromResult(listener.Received.ToList()), r => r.Count >= 2, "the revocation's callback");
        Assert.That(StatusOf(last[^1].Body), Is.EqualTo("revoked"));
    }

    Task<DsarPlatform.Workflows.Runtime.Incident> IncidentAsync(Guid requestId) =>
        App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Incidents.AsNoTracking().SingleAsync(i => i.RequestId == requestId));
}
