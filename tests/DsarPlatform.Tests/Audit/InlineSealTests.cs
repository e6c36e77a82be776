using DsarPlatform.Hosting;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DsarPlatform.Tests.Audit;

/// <summary>
/// On SQLite the web host seals a save's audit entries in that save (its gate, then <see cref="AuditInlineSealing"/>);
/// it leaves them to the sealer when older entries wait or another writer moved the head under it. The chain verifies
/// either way.
/// </summary>
[TestFixture, CancelAfter(60_000)]
public class InlineSealTests
{
    ChainFixture _chain = null!;
    SqliteSaveGate _gate = null!;

    [SetUp]
    public async Task Build()
    {
        _chain = await new ChainFixture().WithSixEntriesAsync();
        _gate = new SqliteSaveGate();
    }

    [TearDown]
    public void Remove() => _chain.Dispose();

    DsarDbContext HostContext(params IInterceptor[] after) => _chain.Database.NewContext([_gate, AuditInlineSealing.Instance, .. after]);

    [Test]
    public async Task A_save_seals_its_own_entries_and_moves_the_head_in_the_same_commit()
    {
        await using (var db = HostContext())
        {
            await _chain.JournalAsync(db, "A");
            Assert.That(db.QueuedAuditEntries, Is.False, "nothing left for the sealer to wake for");
            await _chain.JournalAsync(db, "B");
        }

        await using var read = _chain.Database.NewContext();
        var entries = await read.AuditChain.OrderBy(e => e.Id).Skip(6).ToListAsync();
        Assert.That(entries.Select(e => (e.Event, e.Seq)), Is.EqualTo(new[] { ("A", (long?)7L), ("B", 8L) }));
        var head = await read.AuditHeads.SingleAsync();
        Assert.That((head.Seq, head.Hash), Is.EqualTo((8L, entries[^1].Hash)));
        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That((result.HeadSeq, result.Pending), Is.EqualTo((8L, 0L)));
    }

    [Test]
    public async Task Entries_wait_behind_older_pending_ones_so_the_sealer_keeps_their_order()
    {
        await using (var plain = _chain.Database.NewContext()) await _chain.JournalAsync(plain, "Older");
        await using (var db = HostContext())
        {
            await _chain.JournalAsync(db, "Newer");
            Assert.That(db.QueuedAuditEntries, Is.True, "the sealer is woken");
        }
        await using (var read = _chain.Database.NewContext())
            Assert.That(await read.AuditChain.CountAsync(e => e.Seq == null), Is.EqualTo(2));

        await using (var sealer = _chain.Database.NewContext()) Assert.That(await _chain.SealAsync(sealer), Is.EqualTo(2));
        await using (var read = _chain.Database.NewContext())
        {
            var sealedInOrder = await read.AuditChain.Where(e => e.Seq > 6).OrderBy(e => e.Seq).Select(e => e.Event).ToListAsync();
            Assert.That(sealedInOrder, Is.EqualTo(new[] { "Older", "Newer" }));
        }
        await using (var db = HostContext()) await _chain.JournalAsync(db, "After");
        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That((result.HeadSeq, result.Pending), Is.EqualTo((9L, 0L)), "sealed inline again once nothing waits");
    }

    [Test]
    public async Task A_head_moved_by_another_writer_between_read_and_commit_leaves_the_entries_pending_and_the_save_kept()
    {
        var other = new AnotherWriterSeals(_chain);
        await using (var db = HostContext(other))
        {
            await _chain.JournalAsync(db, "Raced");
            Assert.That(db.QueuedAuditEntries, Is.True, "the sealer is woken for the entry left pending");
        }
        Assert.That(other.Ran, Is.True);

        await using (var read = _chain.Database.NewContext())
        {
            Assert.That(await read.Journal.CountAsync(j => j.Event == "Raced"), Is.EqualTo(1), "the journal row is kept");
            Assert.That(await read.AuditChain.Where(e => e.Event == "Raced").Select(e => e.Seq).SingleAsync(), Is.Null);
        }
        await using (var sealer = _chain.Database.NewContext()) Assert.That(await _chain.SealAsync(sealer), Is.EqualTo(1));
        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That((result.HeadSeq, result.Pending), Is.EqualTo((8L, 0L)));
    }

    [Test]
    public async Task A_save_that_fails_for_its_own_reasons_leaves_nothing_sealed_and_succeeds_when_tried_again()
    {
        await using var db = HostContext();
        db.Journal.Append(_chain.RequestId, Guid.Empty, "step", "Retried", "system", "System", DateTime.UtcNow);
        var head = await db.AuditHeads.AsNoTracking().SingleAsync();
        db.Requests.Add(new DsarRequest
        {
            Id = _chain.RequestId, Reference = RequestReference.New(), Channel = "test",
            SubmittedEmail = "someone@example.com", SubmittedName = "Some One",
        });
        Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(), "the request's id is taken");
        Assert.That(db.ChangeTracker.Entries<AuditHead>(), Is.Empty, "the head is let go");
        Assert.That(db.AuditChain.Local.Single(e => e.Event == "Retried").Seq, Is.Null);

        db.Entry(db.Requests.Local.Single()).State = EntityState.Detached;
        await db.SaveChangesAsync();

        Assert.That(db.AuditChain.Local.Single(e => e.Event == "Retried").Seq, Is.EqualTo(head.Seq + 1));
        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That((result.HeadSeq, result.Pending), Is.EqualTo((7L, 0L)));
    }

    /// <summary>Once, after the inline seal read the head: another process's writer appends and seals an entry.</summary>
    sealed class AnotherWriterSeals(ChainFixture chain) : SaveChangesInterceptor
    {
        public bool Ran { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Ran) return result;
            Ran = true;
            await using var db = chain.Database.NewContext();
            await chain.JournalAsync(db, "Elsewhere");
            await chain.SealAsync(db);
            return result;
        }
    }
}
