using System.Security.Cryptography;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Audit;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>Two hosts' sealers on one PostgreSQL database take turns: one valid chain, and no batch hashed onto a stale head.</summary>
[NonParallelizable]
public sealed class PostgreSqlAuditSealerTests
{
    [Test, CancelAfter(120_000)]
    public async Task Two_sealers_at_once_while_workflows_write_make_one_valid_chain_without_conflicts()
    {
        const int Writers = 3, RowsEach = 60;
        await using var database = await PostgreSqlWorkflowDatabase.StartAsync();
        var requestId = await database.AddRequestAsync();
        using var stop = new CancellationTokenSource();
        var sealers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var (rounds, sealedCount, lostRaces) = (0, 0L, 0);
            await using var db = database.NewContext();
            while (!stop.IsCancellationRequested)
            {
                var sealing = await AuditSealer.SealAllAsync(db, TimeProvider.System, 7);
                (rounds, sealedCount, lostRaces) = (rounds + 1, sealedCount + sealing.Sealed, lostRaces + sealing.LostRaces);
            }
            return (Rounds: rounds, Sealed: sealedCount, LostRaces: lostRaces);
        })).ToList();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < RowsEach; i++)
            {
                await using var db = database.NewContext();
                db.Journal.Append(requestId, Guid.Empty, "step", $"W{w}-{i}", "system", "System", DateTime.UtcNow);
                await db.SaveChangesAsync();
            }
        })).ToList();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        var outcomes = await Task.WhenAll(sealers);
        await using (var db = database.NewContext()) await AuditSealer.SealAllAsync(db, TimeProvider.System, 7);

        using var checkpoints = new TempFolder("checkpoints");
        var verifier = new AuditVerifier(new AuditSigningKey(RandomNumberGenerator.GetBytes(32), null), new AuditCheckpointFolder(checkpoints.Path));
        await using var check = database.NewContext();
        var result = await verifier.VerifyAsync(check);
        var journalEntries = await check.AuditChain.CountAsync(e => e.JournalId != null);
        TestContext.Progress.WriteLine($"sealers: {string.Join("; ", outcomes.Select(o => $"{o.Rounds} rounds, {o.Sealed} sealed, {o.LostRaces} lost races"))}");
        Assert.Multiple(() =>
        {
            Assert.That(result.Problems, Is.Empty, result.Summary);
            Assert.That((result.HeadSeq, result.Pending), Is.EqualTo(((long)Writers * RowsEach, 0L)));
            Assert.That(outcomes.Sum(o => o.LostRaces), Is.Zero, "batches thrown away because the head moved under them");
            Assert.That(journalEntries, Is.EqualTo(Writers * RowsEach), "one entry per journal row");
        });
    }
}
