using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Audit;

/// <summary>Each way of tampering with the chain (or the journal it copies) is detected and the first bad entry named.</summary>
[TestFixture, CancelAfter(60_000)]
public class ChainTamperTests
{
    ChainFixture _chain = null!;

    [SetUp]
    public async Task Build() => _chain = await new ChainFixture().WithSixEntriesAsync();

    [TearDown]
    public void Remove() => _chain.Dispose();

    [Test]
    public async Task An_untouched_chain_verifies_with_its_checkpoints()
    {
        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That((result.EntriesChecked, result.HeadSeq, result.CheckpointsChecked), Is.EqualTo((6L, 6L, 2)));
    }

    [Test]
    public async Task An_edited_entry_is_named()
    {
        await _chain.SqlAsync("UPDATE AuditChain SET Event = 'SignInSucceeded' WHERE Seq = 3");
        await AssertFirstBadAsync(3, "was changed");
    }

    [Test]
    public async Task A_deleted_entry_is_named()
    {
        await _chain.SqlAsync("DELETE FROM AuditChain WHERE Seq = 3");
        await AssertFirstBadAsync(3, "Entry 3 is missing");
    }

    [Test]
    public async Task An_inserted_entry_is_named()
    {
        // The forger renumbers the later entries and gives the new one a correct link from entry 2.
        await _chain.SqlAsync("UPDATE AuditChain SET Seq = Seq + 1000 WHERE Seq >= 3; UPDATE AuditChain SET Seq = Seq - 999 WHERE Seq >= 1000");
        await using (var db = _chain.Database.NewContext())
        {
            var two = await db.AuditChain.SingleAsync(e => e.Seq == 2);
            var forged = new AuditEntry { Kind = AuditKinds.SignIn, Event = "SignInPasswordAccepted", Actor = "intruder", Role = "", AtUtc = two.AtUtc, Seq = 3 };
            forged.ContentHash = AuditHashing.Content(forged);
            forged.Hash = AuditHashing.Link(two.Hash!, 3, forged.ContentHash);
            db.AuditChain.Add(forged);
            await db.SaveChangesAsync();
        }
        await AssertFirstBadAsync(3, "Entry 3 was inserted");
    }

    [Test]
    public async Task Two_swapped_entries_are_named()
    {
        await _chain.SqlAsync("UPDATE AuditChain SET Seq = 1003 WHERE Seq = 3; UPDATE AuditChain SET Seq = 3 WHERE Seq = 4; UPDATE AuditChain SET Seq = 4 WHERE Seq = 1003");
        await AssertFirstBadAsync(3, "does not follow from entry 2");
    }

    [Test]
    public async Task A_truncation_after_a_checkpoint_is_named()
    {
        // The head is moved back too, so only the signed checkpoint at entry 5 remembers entries 4 and 5.
        await using (var db = _chain.Database.NewContext())
        {
            var three = await db.AuditChain.SingleAsync(e => e.Seq == 3);
            await db.AuditChain.Where(e => e.Seq > 3).ExecuteDeleteAsync();
            await db.AuditHeads.ExecuteUpdateAsync(h => h.SetProperty(x => x.Seq, 3L).SetProperty(x => x.Hash, three.Hash!));
        }
        await AssertFirstBadAsync(4, "truncated");
    }

    [Test]
    public async Task A_chain_recomputed_without_the_key_is_caught_by_the_signed_checkpoint()
    {
        await using (var db = _chain.Database.NewContext())
        {
            // Entry 3 (a sign-in, which has no journal row to compare with) is rewritten and every hash after it recomputed.
            await db.AuditChain.Where(e => e.Seq == 3).ExecuteUpdateAsync(e => e.SetProperty(x => x.Event, "SignInPasswordAccepted"));
            var entries = await db.AuditChain.OrderBy(e => e.Seq).ToListAsync();
            var previous = AuditHashing.Genesis;
            foreach (var entry in entries)
            {
                entry.ContentHash = AuditHashing.Content(entry);
                entry.Hash = previous = AuditHashing.Link(previous, entry.Seq!.Value, entry.ContentHash);
            }
            var head = await db.AuditHeads.SingleAsync();
            head.Hash = previous;
            await db.SaveChangesAsync();
        }
        var result = await AssertFirstBadAsync(3, "signed checkpoint at entry 5 does not match");
        Assert.That(result.Problems.Count(p => p.Message.StartsWith("Entry", StringComparison.Ordinal)), Is.Zero,
            "the recomputed hashes agree with each other; only the checkpoint can tell");
    }

    [Test]
    public async Task A_checkpoint_signed_by_another_key_is_rejected_even_though_it_carries_that_key()
    {
        var other = new AuditCheckpoints(new AuditSigningKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32), null),
            new AuditCheckpointFolder(_chain.Folder.Path), _chain.Clock);
        await using (var db = _chain.Database.NewContext())
        {
            await _chain.JournalAsync(db, "Extra");
            await _chain.SealAsync(db);
            await other.MakeAsync(db);
        }
        var result = await _chain.VerifyAsync();
        Assert.That(result.Intact, Is.False);
        Assert.That(result.First!.Message, Does.Contain("checkpoint-000000000007.json").And.Contain("does not verify with the configured public key"));
    }

    [Test]
    public async Task An_edited_journal_row_is_named()
    {
        await using (var db = _chain.Database.NewContext())
        {
            var first = await db.Journal.OrderBy(j => j.Id).FirstAsync();
            await db.Journal.Where(j => j.Id == first.Id).ExecuteUpdateAsync(j => j.SetProperty(x => x.Event, "Denied"));
            var result = await _chain.VerifyAsync();
            Assert.That(result.First, Is.EqualTo(new AuditProblem(1, $"Journal row {first.Id} was changed: it differs from chain entry 1.")));
        }
    }

    [Test]
    public async Task Purging_a_requests_journal_rows_leaves_the_chain_verifiable()
    {
        await using (var db = _chain.Database.NewContext())
            await db.Journal.Where(j => j.RequestId == _chain.RequestId).ExecuteDeleteAsync();
        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        await using var check = _chain.Database.NewContext();
        Assert.That(await check.AuditChain.CountAsync(e => e.Kind == AuditKinds.Journal && e.JournalId == null), Is.EqualTo(4));
    }

    async Task<AuditVerification> AssertFirstBadAsync(long seq, string message)
    {
        var result = await _chain.VerifyAsync();
        Assert.That(result.Intact, Is.False, "tampering went unnoticed");
        Assert.That(result.First!.Seq, Is.EqualTo(seq), string.Join("\n", result.Problems));
        Assert.That(result.First.Message, Does.Contain(message));
        return result;
    }
}
