using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Tests.Security;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// The mail dispatcher against a real SMTP server (aiosmtpd) that refuses some recipients. A mailbox that does not exist
/// refuses one email for good: it is marked refused, an incident tells staff the requester was not reached, and the
/// emails queued after it still go out (before, the oldest unsent email came first in every round and failed again,
/// so no one got an email any more). A full mailbox puts its email off alone, for a day at most. A refusal that is the
/// set-up's fault (relaying denied) marks nothing refused.
/// </summary>
public sealed class MailRefusalTests
{
    const string RefusedDomain = "gone.example";

    [Test, CancelAfter(60_000)]
    public async Task A_mailbox_the_server_refuses_fails_that_email_alone_and_raises_an_incident_on_its_request(CancellationToken cancellationToken)
    {
        await using var smtp = await SmtpSink.StartNewAsync(cancellationToken, RefusedDomain);
        using var database = new TestDatabase();
        var (requestId, instanceId) = await AddOpenRequestAsync(database);
        var refused = await QueueAsync(database, requestId, $"someone@{RefusedDomain}", "reply", 0);
        var after = await QueueAsync(database, null, "agent@example.com", "invitation", 1);

        Assert.That(await DeliverAsync(database, smtp), Is.EqualTo(2), "both settled in one round");

        var received = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        await using var db = database.NewContext();
        var rows = await db.OutgoingEmails.AsNoTracking().ToDictionaryAsync(e => e.Id, cancellationToken);
        var incident = await db.Incidents.AsNoTracking().SingleAsync(cancellationToken);
        var journal = await db.Journal.AsNoTracking().Where(j => j.RequestId == requestId).Select(j => j.Event + ": " + j.Detail).ToListAsync(cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(received.Select(m => m.MessageId), Is.EqualTo(new[] { $"{after:N}@dsar.local" }), "the email after the refused one went out");
            Assert.That(rows[after].SentAtUtc, Is.Not.Null);
            Assert.That((rows[refused].SentAtUtc, rows[refused].RefusedAtUtc is null, rows[refused].Refusal, rows[refused].Attempts),
                Is.EqualTo(((DateTime?)null, false, "550 RecipientNotAccepted", 1)));
            Assert.That((incident.RequestId, incident.InstanceId, incident.Step, incident.ResolvedAtUtc), Is.EqualTo((requestId, instanceId, EmailRefusals.IncidentStep, (DateTime?)null)));
            Assert.That(incident.Cause, Does.Contain("'reply' email").And.Contain("550 RecipientNotAccepted").And.Not.Contain(RefusedDomain),
                "the cause names the email and the code, never the address");
            Assert.That(journal, Is.EqualTo(new[] { "EmailRefused: reply: 550 RecipientNotAccepted" }));
        });

        Assert.That(await DeliverAsync(database, smtp), Is.Zero, "a refused email is not tried again");
        Assert.That(smtp.ReadMessages(), Has.Count.EqualTo(1));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_server_that_will_not_relay_fails_the_round_and_marks_nothing_refused(CancellationToken cancellationToken)
    {
        await using var smtp = await SmtpSink.StartNewAsync(cancellationToken, RefusedDomain);
        using var database = new TestDatabase();
        var (requestId, _) = await AddOpenRequestAsync(database);
        var first = await QueueAsync(database, requestId, $"someone@relay.{RefusedDomain}", "reply", 0);
        await QueueAsync(database, null, "agent@example.com", "invitation", 1);

        Assert.ThrowsAsync<MailKit.Net.Smtp.SmtpCommandException>(() => DeliverAsync(database, smtp),
            "a 5.7.1 relay refusal is the set-up's problem: the round fails and is tried again");

        await using var db = database.NewContext();
        var row = await db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == first, cancellationToken);
        Assert.Multiple(async () =>
        {
            Assert.That((row.SentAtUtc, row.RefusedAtUtc, row.Attempts), Is.EqualTo(((DateTime?)null, (DateTime?)null, 0)));
            Assert.That(await db.OutgoingEmails.CountAsync(e => e.SentAtUtc == null && e.RefusedAtUtc == null, cancellationToken), Is.EqualTo(2), "both still to send");
            Assert.That(await db.Incidents.CountAsync(cancellationToken), Is.Zero);
        });
    }

    [Test, CancelAfter(60_000)]
    public async Task A_full_mailbox_puts_that_email_off_alone_with_growing_waits_then_refuses_it_after_a_day(CancellationToken cancellationToken)
    {
        await using var smtp = await SmtpSink.StartNewAsync(cancellationToken, RefusedDomain);
        using var database = new TestDatabase();
        var (requestId, _) = await AddOpenRequestAsync(database);
        var putOff = await QueueAsync(database, requestId, $"someone@full.{RefusedDomain}", "reply", 0);
        var after = await QueueAsync(database, null, "agent@example.com", "invitation", 1);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

        Assert.That(await DeliverAsync(database, smtp, clock), Is.EqualTo(2), "both settled in one round");
        var received = await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(10));
        Assert.That(received.Select(m => m.MessageId), Is.EqualTo(new[] { $"{after:N}@dsar.local" }), "the email after the put-off one went out");
        var first = await RowAsync(database, putOff);
        Assert.That((first.SentAtUtc, first.RefusedAtUtc, first.Refusal, first.Attempts, first.NextAttemptAtUtc),
            Is.EqualTo(((DateTime?)null, (DateTime?)null, "452 RecipientNotAccepted", 1, (DateTime?)clock.GetUtcNow().UtcDateTime.AddMinutes(1))));
        Assert.That(await DeliverAsync(database, smtp, clock), Is.Zero, "not tried again before its time");

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That(await DeliverAsync(database, smtp, clock), Is.EqualTo(1));
        var second = await RowAsync(database, putOff);
        Assert.That((second.Attempts, second.NextAttemptAtUtc), Is.EqualTo((2, (DateTime?)clock.GetUtcNow().UtcDateTime.AddMinutes(2))), "the wait doubles");
        await using (var db = database.NewContext())
            Assert.That(await db.Incidents.CountAsync(cancellationToken), Is.Zero, "no incident while it is only put off");

        clock.Advance(TimeSpan.FromDays(1));
        Assert.That(await DeliverAsync(database, smtp, clock), Is.EqualTo(1));
        var given = await RowAsync(database, putOff);
        await using (var db = database.NewContext())
        {
            var incident = await db.Incidents.AsNoTracking().SingleAsync(cancellationToken);
            Assert.Multiple(() =>
            {
                Assert.That((given.SentAtUtc, given.RefusedAtUtc, given.NextAttemptAtUtc, given.Attempts),
                    Is.EqualTo(((DateTime?)null, (DateTime?)clock.GetUtcNow().UtcDateTime, (DateTime?)null, 3)));
                Assert.That(given.Refusal, Is.EqualTo("452 RecipientNotAccepted, still after 24 h of tries"));
                Assert.That((incident.RequestId, incident.Step), Is.EqualTo((requestId, EmailRefusals.IncidentStep)));
            });
        }
        clock.Advance(TimeSpan.FromHours(2));
        Assert.That(await DeliverAsync(database, smtp, clock), Is.Zero, "given up: not tried again");
        Assert.That(smtp.ReadMessages(), Has.Count.EqualTo(1));
    }

    static async Task<OutgoingEmail> RowAsync(TestDatabase database, Guid id)
    {
        await using var db = database.NewContext();
        return await db.OutgoingEmails.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    static async Task<int> DeliverAsync(TestDatabase database, SmtpSink smtp, TimeProvider? clock = null)
    {
        await using var db = database.NewContext();
        var options = Options.Create(new EmailOptions { SmtpHost = smtp.Host, SmtpPort = smtp.Port });
        var dispatcher = new MailDispatcher(db, new SmtpMailTransport(options), new MailDispatchGate(), options, clock ?? TimeProvider.System,
            new DatabaseCheckpoint(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseCheckpoint>.Instance),
            NullLogger<MailDispatcher>.Instance);
        return await dispatcher.DeliverPendingAsync(CancellationToken.None);
    }

    static async Task<(Guid Request, Guid Instance)> AddOpenRequestAsync(TestDatabase database)
    {
        var requestId = await database.AddRequestAsync();
        await using var db = database.NewContext();
        var instance = new WorkflowInstance
        {
            RequestId = requestId, DefinitionId = "deletion", DefinitionVersion = 1, StepIndex = 2, CurrentStep = "erase",
            Status = InstanceStatus.Waiting, BookmarkKind = BookmarkKind.StoreTasks, BookmarkKey = "step-2",
        };
        db.Instances.Add(instance);
        await db.SaveChangesAsync();
        return (requestId, instance.Id);
    }

    static async Task<Guid> QueueAsync(TestDatabase database, Guid? requestId, string to, string template, int order)
    {
        await using var db = database.NewContext();
        var content = new EmailContent($"Email {order}", "text", "<p>html</p>");
        var at = DateTime.UtcNow.AddMinutes(-10).AddSeconds(order);
        if (requestId is { } id) MailQueue.AddTo(db, id, to, template, content, at);
        else MailQueue.AddStaffEmail(db, to, template, content, at);
        await db.SaveChangesAsync();
        return db.OutgoingEmails.Local.Single().Id;
    }
}
