using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>
/// A timer that cannot fire (here a reminder whose request is gone) must not hold up the others: before, the sweep stopped
/// at it, and as the oldest due timer it came first in every run, so no reminder of any request ever fired again.
/// </summary>
[TestFixture, CancelAfter(180_000)]
public sealed class TimerSweepFailureTests
{
    [Test]
    public async Task A_timer_that_cannot_fire_fails_the_run_after_every_other_due_timer_fired()
    {
        var app = new DsarApp();
        try
        {
            await app.InScopeAsync(async services =>
            {
                for (var i = 0; i < 3; i++)
                {
                    using var scope = services.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(
                        new IntakeSubmission("deletion", $"nobody-{i}", $"nobody{i}@example.net", "No Body", null), IntakeChannels.Phone, CancellationToken.None);
                }
                await app.WaitForFirstStepsAsync();
                var db = services.GetRequiredService<DsarDbContext>();
                var instance = await db.Instances.FirstAsync();
                db.Timers.Add(new WorkflowTimer
                {
                    InstanceId = instance.Id, RequestId = Guid.NewGuid(), Kind = TimerKind.Reminder, Purpose = "reminder-7d",
                    DueAtUtc = app.Clock.GetUtcNow().UtcDateTime,
                });
                await db.SaveChangesAsync();
            });
            app.Clock.Advance(TimeSpan.FromDays(25));

            var failure = Assert.ThrowsAsync<TimerSweepException>(app.SweepTimersAsync);

            Assert.That(failure!.Failed, Is.EqualTo(1));
            var reminders = await app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().AgentNotices.CountAsync(n => n.Key.StartsWith("reminder-7d")));
            Assert.That(reminders, Is.EqualTo(3), "every open request's 7-day reminder fired despite the broken timer before them");
            Assert.ThrowsAsync<TimerSweepException>(app.SweepTimersAsync, "the broken timer is tried again, and still fails where staff see it");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test]
    public async Task A_timer_that_cannot_fire_raises_one_incident_on_its_request_which_closes_when_it_fires()
    {
        var app = new DsarApp();
        try
        {
            var (requestId, timerId) = await app.InScopeAsync(async services =>
            {
                await services.GetRequiredService<RequestIntake>().SubmitAsync(
                    new IntakeSubmission("deletion", "nobody", "nobody@example.net", "No Body", null), IntakeChannels.Phone, CancellationToken.None);
                await app.WaitForFirstStepsAsync();
                var db = services.GetRequiredService<DsarDbContext>();
                var instance = await db.Instances.SingleAsync();
                // A task retry naming no task id: its handler cannot even read which task to send again.
                var timer = new WorkflowTimer
                {
                    InstanceId = instance.Id, RequestId = instance.RequestId, Kind = TimerKind.TaskRetry, Purpose = "not-a-task-id",
                    DueAtUtc = app.Clock.GetUtcNow().UtcDateTime,
                };
                db.Timers.Add(timer);
                await db.SaveChangesAsync();
                return (instance.RequestId, timer.Id);
            });
            app.Clock.Advance(TimeSpan.FromMinutes(1));

            Assert.ThrowsAsync<TimerSweepException>(app.SweepTimersAsync);
            Assert.ThrowsAsync<TimerSweepException>(app.SweepTimersAsync, "tried again, and still failing");
            var raised = await IncidentsAsync(app);
            Assert.That(raised.Select(i => (i.RequestId, i.TimerId, i.Step, i.ResolvedAtUtc)),
                Is.EqualTo(new[] { (requestId, (Guid?)timerId, TimerSweep.IncidentStep, (DateTime?)null) }), "one incident for two failed runs");
            Assert.That(raised[0].Cause, Does.Contain("TaskRetry timer 'not-a-task-id'").And.Contain("FormatException"));
            Assert.That(RecoveryActions.HoldsUpStep(raised[0].Step), Is.False, "resolving it moves no step");

            // An agent resolves it while the timer still fails: the next failure is not silent.
            var reference = await app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Requests.Where(r => r.Id == requestId).Select(r => r.Reference).SingleAsync());
            var resolved = await app.InScopeAsync(services => services.GetRequiredService<RecoveryActions>().ResolveIncidentAsync(reference, raised[0].Id,
                IncidentResolutionKind.DoneByHand, "Sent the task again by hand.", null, new StaffActor("agent-1", "Agent"), CancellationToken.None));
            Assert.That(resolved, Is.EqualTo(StaffActionResult.Done));
            Assert.ThrowsAsync<TimerSweepException>(app.SweepTimersAsync);
            Assert.ThrowsAsync<TimerSweepException>(app.SweepTimersAsync);
            var again = await IncidentsAsync(app);
            Assert.That(again.Select(i => (i.TimerId, i.ResolvedAtUtc is null)), Is.EquivalentTo(new[] { ((Guid?)timerId, false), (timerId, true) }),
                "one new open incident for the failures after the resolution");

            // The cause goes away (here: the timer names a task id; no such task is pending, so it has nothing to send).
            await app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Database.ExecuteSqlAsync(
                $"UPDATE WorkflowTimers SET Purpose = {Guid.NewGuid().ToString()} WHERE Id = {timerId}"));
            await app.SweepTimersAsync();

            var closed = (await IncidentsAsync(app)).Single(i => i.Id != raised[0].Id);
            Assert.That((closed.ResolvedAtUtc is null, closed.Resolution), Is.EqualTo((false, "The timer ran at a later sweep.")));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static Task<List<Incident>> IncidentsAsync(DsarApp app) =>
        app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Incidents.AsNoTracking().ToListAsync());
}
