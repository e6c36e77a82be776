using DsarPlatform.Tests.Notifications;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Two hosts' mail dispatchers on one PostgreSQL database (each with its own dispatch gate, as separate processes have):
/// each email is claimed by one of them alone, so none is sent twice, and both get to send.
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlMailDispatchTests
{
    [Test, CancelAfter(120_000)]
    public async Task Two_hosts_dispatching_at_once_never_send_the_same_email_twice()
    {
        const int Emails = 3 * MailDispatcher.BatchSize;
        await using var database = await PostgreSqlWorkflowDatabase.StartAsync();
        await using (var db = database.NewContext())
        {
            var start = DateTime.UtcNow;
            for (var i = 0; i < Emails; i++)
                MailQueue.AddStaffEmail(db, $"staff{i}@example.com", "invitation", new EmailContent($"Email {i}", "text", "<p>html</p>"), start.AddMilliseconds(i));
            await db.SaveChangesAsync();
        }
        var server = new RecordingMailTransport();
        var bothConnected = new Barrier(2);

        var sentByHost = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            await db.Database.OpenConnectionAsync();
            bothConnected.SignalAndWait(TimeSpan.FromSeconds(30)); // start together, as two running hosts would
            var dispatcher = new MailDispatcher(db, server, new MailDispatchGate(), Options.Create(new EmailOptions()), TimeProvider.System,
                new DatabaseCheckpoint(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseCheckpoint>.Instance),
                NullLogger<MailDispatcher>.Instance);
            var total = 0;
            for (int round; (round = await dispatcher.DeliverPendingAsync(CancellationToken.None)) > 0;) total += round;
            return total;
        })));

        await using var check = database.NewContext();
        var rows = await check.OutgoingEmails.AsNoTracking().ToListAsync();
        TestContext.Progress.WriteLine($"sent by each host: {string.Join(", ", sentByHost)}");
        Assert.Multiple(() =>
        {
            Assert.That(server.Accepted.Order(), Is.EqualTo(rows.Select(r => $"{r.Id:N}@dsar.local").Order()), "each email accepted once");
            Assert.That(sentByHost, Is.All.Positive, "both hosts sent some");
            Assert.That(rows.Select(r => (r.SentAtUtc != null, r.Attempts)), Is.All.EqualTo((true, 1)), "each marked sent after one attempt");
        });
    }
}
