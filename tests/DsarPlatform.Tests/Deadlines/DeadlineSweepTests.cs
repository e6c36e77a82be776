using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>Reminders and the overdue escalation fire exactly once per request, across duplicate sweeps and a restart.</summary>
public sealed class DeadlineSweepTests
{
    // 540 open requests: more timers fall due at once than the sweep's batch of 500, so each sweep takes two batches.
    const int Requests = 600;
    const int Closed = 60;

    [Test, CancelAfter(300_000)]
    public async Task Each_reminder_and_escalation_fires_once_for_open_requests_only()
    {
        var app = new DsarApp();
        try
        {
            await app.InScopeAsync(async services =>
            {
                for (var i = 0; i < Requests; i++)
                {
                    using var scope = services.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(
                        // Taken down by phone: unmatched, they stay open for the agent (from the web they would close after a day).
                        new IntakeSubmission("deletion", $"nobody-{i}", $"nobody{i}@example.net", "No Body", null), IntakeChannels.Phone, CancellationToken.None);
                }
                await app.WaitForFirstStepsAsync();
                // Requests the company has answered: the product sets ClosedAtUtc when a workflow ends.
                var db = services.GetRequiredService<DsarDbContext>();
                await db.Requests.OrderBy(r => r.ReceivedAtUtc).Take(Closed)
                    .ExecuteUpdateAsync(r => r.SetProperty(x => x.ClosedAtUtc, app.Clock.GetUtcNow().UtcDateTime));
                return true;
            });

            await AdvanceToDayAndSweepTwiceAsync(app, 25);
            Assert.That(await CountAsync(app), Is.EqualTo((Requests - Closed, 0, 0)), "day 25: the 7-day reminder");

            await app.DisposeAsync();
            app = new DsarApp(app.DataFolder, app.Clock.GetUtcNow());

            await AdvanceToDayAndSweepTwiceAsync(app, 30);
            Assert.That(await CountAsync(app), Is.EqualTo((Requests - Closed, Requests - Closed, 0)), "day 30: the 2-day reminder, not yet overdue");

            await AdvanceToDayAndSweepTwiceAsync(app, 31);
            Assert.That(await CountAsync(app), Is.EqualTo((Requests - Closed, Requests - Closed, Requests - Closed)), "day 31: escalated once");

            await AdvanceToDayAndSweepTwiceAsync(app, 40);
            Assert.That(await CountAsync(app), Is.EqualTo((Requests - Closed, Requests - Closed, Requests - Closed)), "nothing more, ever");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    static async Task AdvanceToDayAndSweepTwiceAsync(DsarApp app, int day)
    {
        var target = DsarApp.DefaultStart.AddDays(day);
        app.Clock.Advance(target - app.Clock.GetUtcNow());
        await Task.WhenAll(app.SweepTimersAsync(), app.SweepTimersAsync());
        await app.SweepTimersAsync();
    }

    static Task<(int Reminder7, int Reminder2, int Overdue)> CountAsync(DsarApp app) =>
        app.InScopeAsync(async services =>
        {
            var notices = await services.GetRequiredService<DsarDbContext>().AgentNotices.Select(n => new { n.Key, n.Kind }).ToListAsync();
            return (notices.Count(n => n.Key.StartsWith("reminder-7d")), notices.Count(n => n.Key.StartsWith("reminder-2d")),
                notices.Count(n => n.Kind == TimerKind.Overdue));
        });
}
