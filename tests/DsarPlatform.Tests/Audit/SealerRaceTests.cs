using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Audit;

/// <summary>Two sealers (two contexts, as two hosts) never both extend the same head; the chain never forks.</summary>
[TestFixture, CancelAfter(120_000)]
public class SealerRaceTests
{
    ChainFixture _chain = null!;

    [SetUp]
    public async Task Build() => _chain = await new ChainFixture().WithSixEntriesAsync();

    [TearDown]
    public void Remove() => _chain.Dispose();

    [Test]
    public async Task The_second_sealer_to_extend_the_same_head_loses_and_keeps_nothing()
    {
        await using (var writer = _chain.Database.NewContext())
        {
            await _chain.JournalAsync(writer, "A");
            await _chain.JournalAsync(writer, "B");
        }
        await using var first = _chain.Database.NewContext();
        await using var second = _chain.Database.NewContext();
        Assert.That(await AuditSealer.PrepareAsync(first, _chain.Clock, 100), Is.EqualTo(2));
        Assert.That(await AuditSealer.PrepareAsync(second, _chain.Clock, 100), Is.EqualTo(2));

        Assert.That(await AuditSealer.TryCommitAsync(first), Is.True);
        Assert.That(await AuditSealer.TryCommitAsync(second), Is.False, "the head moved under the second sealer");

        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That((result.HeadSeq, result.Pending), Is.EqualTo((8L, 0L)));
    }

    [Test]
    public async Task Sealers_racing_while_workflows_write_leave_one_unbroken_chain()
    {
        const int Writers = 3, RowsEach = 40;
        using var stop = new CancellationTokenSource();
        var sealers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var db = _chain.Database.NewContext();
            while (!stop.IsCancellationRequested) await AuditSealer.SealAllAsync(db, TimeProvider.System, 7);
        })).ToList();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < RowsEach; i++)
            {
                await using var db = _chain.Database.NewContext();
                db.Journal.Append(_chain.RequestId, Guid.Empty, "step", $"W{w}-{i}", "system", "System", DateTime.UtcNow);
                await db.SaveChangesAsync();
            }
        })).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(sealers);
        await using (var db = _chain.Database.NewContext()) await _chain.SealAsync(db);

        var result = await _chain.VerifyAsync();
        Assert.That(result.Problems, Is.Empty, result.Summary);
        Assert.That(result.HeadSeq, Is.EqualTo(6 + Writers * RowsEach));
        await using var check = _chain.Database.NewContext();
        Assert.That(await check.AuditChain.Select(e => e.JournalId).Distinct().CountAsync(), Is.EqualTo(4 + Writers * RowsEach + 1),
            "every journal row has exactly one chain entry (plus null for the sign-in and the view)");
    }
}
