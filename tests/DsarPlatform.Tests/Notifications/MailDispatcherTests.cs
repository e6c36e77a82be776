using DsarPlatform.Tests.Security;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DsarPlatform.Tests.Notifications;

/// <summary>
/// Each email is committed as sent right after the server accepts it, so a failure (or a crash) mid-batch leaves only
/// the email in flight to be sent again; and dispatchers sending at once never send one email twice (SQLite). On the
/// pickup folder, where a resend replaces the file, a round is committed at once.
/// </summary>
public sealed class MailDispatcherTests
{
    TestDatabase _database = null!;

    [SetUp]
    public void Create() => _database = new TestDatabase();

    [TearDown]
    public void Remove() => _database.Dispose();

    [Test, CancelAfter(60_000)]
    public async Task A_send_failing_after_the_first_email_leaves_the_first_marked_sent_and_the_rest_pending()
    {
        var queued = await QueueAsync(4);
        var server = new RecordingMailTransport(failOnMessage: 2);

        await using (var db = _database.NewContext())
            Assert.ThrowsAsync<IOException>(() => Dispatcher(db, server, new MailDispatchGate()).DeliverPendingAsync(CancellationToken.None));

        var rows = await RowsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(server.Accepted, Is.EqualTo(new[] { MessageId(queued[0]) }), "the server accepted the first email only");
            Assert.That(rows.Where(r => r.SentAtUtc != null).Select(r => r.Id), Is.EqualTo(new[] { queued[0] }), "the first is committed as sent");
            Assert.That(rows.Where(r => r.SentAtUtc == null).Select(r => r.Id), Is.EquivalentTo(queued.Skip(1)), "the rest wait for the next round");
        });
    }

    [Test, CancelAfter(60_000)]
    public async Task Emails_of_one_batch_go_over_one_mail_session()
    {
        await QueueAsync(MailDispatcher.BatchSize + 5);
        var server = new RecordingMailTransport();
        await using var db = _database.NewContext();
        var dispatcher = Dispatcher(db, server, new MailDispatchGate());

        Assert.That(await dispatcher.DeliverPendingAsync(CancellationToken.None), Is.EqualTo(MailDispatcher.BatchSize));
        Assert.That(await dispatcher.DeliverPendingAsync(CancellationToken.None), Is.EqualTo(5));
        Assert.That(await dispatcher.DeliverPendingAsync(CancellationToken.None), Is.Zero);
        Assert.That(server.SessionsOpened, Is.EqualTo(2), "one session per batch, none when nothing waits");
    }

    [Test, CancelAfter(120_000)]
    public async Task Two_dispatchers_at_once_never_send_the_same_email_twice()
    {
        var queued = await QueueAsync(3 * MailDispatcher.BatchSize);
        var server = new RecordingMailTransport();
        var gate = new MailDispatchGate(); // one host: SQLite serves one

        var sent = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = _database.NewContext();
            var dispatcher = Dispatcher(db, server, gate);
            var total = 0;
            for (int round; (round = await dispatcher.DeliverPendingAsync(CancellationToken.None)) > 0;) total += round;
            return total;
        })));

        var rows = await RowsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(server.Accepted.Order(), Is.EqualTo(queued.Select(MessageId).Order()), "each email accepted once");
            Assert.That(sent.Sum(), Is.EqualTo(queued.Count));
            Assert.That(rows.Select(r => (r.SentAtUtc != null, r.Attempts)), Is.All.EqualTo((true, 1)), "each marked sent after one attempt");
        });
    }

    [Test, CancelAfter(60_000)]
    public async Task An_address_that_cannot_be_written_is_refused_alone_and_the_next_email_goes_out()
    {
        var queued = await QueueAsync(2);
        await using (var db = _database.NewContext())
        {
            // On record from an old system: passes no parser, so no mail server could ever take it.
            var bad = await db.OutgoingEmails.SingleAsync(e => e.Id == queued[0]);
            db.Entry(bad).Property(e => e.To).CurrentValue = "not an address";
            await db.SaveChangesAsync();
        }
        var server = new RecordingMailTransport();

        await using (var db = _database.NewContext())
            Assert.That(await Dispatcher(db, server, new MailDispatchGate()).DeliverPendingAsync(CancellationToken.None), Is.EqualTo(2));

        var rows = await RowsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(server.Accepted, Is.EqualTo(new[] { MessageId(queued[1]) }));
            Assert.That((rows[0].SentAtUtc, rows[0].RefusedAtUtc is null, rows[0].Refusal),
                Is.EqualTo(((DateTime?)null, false, "the address cannot be written in an email")));
            Assert.That(rows[1].SentAtUtc, Is.Not.Null);
        });
    }

    [Test, CancelAfter(60_000)]
    public async Task On_the_pickup_folder_a_round_commits_once_and_a_lost_commit_only_writes_the_same_files_again()
    {
        var queued = await QueueAsync(MailDispatcher.BatchSize + 5);
        var folder = Directory.CreateTempSubdirectory("dsar-test-pickup-").FullName;
        try
        {
            var saves = new SaveCounter();
            await using (var db = _database.NewContext(saves))
            {
                var dispatcher = Dispatcher(db, new PickupFolderMailTransport(folder), new MailDispatchGate());
                Assert.That(await dispatcher.DeliverPendingAsync(CancellationToken.None), Is.EqualTo(MailDispatcher.BatchSize));
                Assert.That(await dispatcher.DeliverPendingAsync(CancellationToken.None), Is.EqualTo(5));
            }
            Assert.That(saves.Count, Is.EqualTo(2), "one commit per round, not one per email");
            Assert.That((await RowsAsync()).Select(r => (r.SentAtUtc != null, r.Attempts)), Is.All.EqualTo((true, 1)));
            var written = Directory.GetFiles(folder).Order().ToList();
            Assert.That(written, Has.Count.EqualTo(queued.Count));

            // A host killed after writing a round's files but before its commit: those emails are due again.
            await using (var db = _database.NewContext())
                await db.OutgoingEmails.Where(e => queued.Take(5).Contains(e.Id)).ExecuteUpdateAsync(u => u.SetProperty(e => e.SentAtUtc, (DateTime?)null));
            await using (var db = _database.NewContext())
                Assert.That(await Dispatcher(db, new PickupFolderMailTransport(folder), new MailDispatchGate()).DeliverPendingAsync(CancellationToken.None), Is.EqualTo(5));

            Assert.That(Directory.GetFiles(folder).Order(), Is.EqualTo(written), "the same five files, written again; no second copy");
        }
        finally
        {
            TestFolder.Delete(folder);
        }
    }

    sealed class SaveCounter : SaveChangesInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }

    static MailDispatcher Dispatcher(DsarDbContext db, IMailTransport transport, MailDispatchGate gate) =>
        new(db, transport, gate, Options.Create(new EmailOptions()), TimeProvider.System,
            new DatabaseCheckpoint(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseCheckpoint>.Instance),
            NullLogger<MailDispatcher>.Instance);

    static string MessageId(Guid id) => $"{id:N}@dsar.local";

    async Task<List<Guid>> QueueAsync(int count)
    {
        await using var db = _database.NewContext();
        var start = DateTime.UtcNow;
        for (var i = 0; i < count; i++)
            MailQueue.AddStaffEmail(db, $"staff{i}@example.com", "invitation", new EmailContent($"Email {i}", "text", "<p>html</p>"), start.AddMilliseconds(i));
        await db.SaveChangesAsync();
        return await db.OutgoingEmails.OrderBy(e => e.CreatedAtUtc).Select(e => e.Id).ToListAsync();
    }

    async Task<List<OutgoingEmail>> RowsAsync()
    {
        await using var db = _database.NewContext();
        return await db.OutgoingEmails.AsNoTracking().OrderBy(e => e.CreatedAtUtc).ToListAsync();
    }
}
