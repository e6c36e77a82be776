using DsarPlatform.Workflows.Data.AtRest;
using DsarPlatform.IntegrationTests.Infrastructure;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>
/// Two web hosts relaying one PostgreSQL outbox: a batch one host has claimed is not handed to the other (each email
/// goes out once), and rows a host claimed but never marked sent (it died) are handed out again.
/// </summary>
[NonParallelizable]
public sealed class PostgreSqlPendingRowsTests
{
    [Test, CancelAfter(120_000)]
    public async Task Two_hosts_claim_disjoint_batches_and_a_dead_hosts_claim_is_released()
    {
        await using var postgres = await PostgresCluster.StartNewAsync();
        var connectionString = await postgres.CreateDatabaseAsync("dsar");
        var keys = AtRestKeys.Random(); // both "hosts" share the at-rest keys, as real hosts do
        DsarDbContext Open() => new(new DbContextOptionsBuilder<DsarDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsAssembly("DsarPlatform.Migrations.PostgreSql")).Options, keys);
        await using (var setup = Open())
        {
            await setup.Database.MigrateAsync();
            for (var i = 0; i < 10; i++)
            {
                setup.OutgoingEmails.Add(new OutgoingEmail
                {
                    Template = "receipt", To = $"person{i}@example.com", Subject = $"Email {i}", TextBody = "text", HtmlBody = "<p>html</p>",
                    CreatedAtUtc = DateTime.UtcNow.AddSeconds(i),
                });
            }
            await setup.SaveChangesAsync();
        }

        await using var first = Open();
        await using var firstClaim = await PendingRows.BeginClaimAsync(first.Database, CancellationToken.None);
        var firstBatch = await PendingRows.Claim(first.OutgoingEmails, first.Database, "OutgoingEmails", 6).ToListAsync();
        await using var second = Open();
        var secondClaim = await PendingRows.BeginClaimAsync(second.Database, CancellationToken.None);
        var secondBatch = await PendingRows.Claim(second.OutgoingEmails, second.Database, "OutgoingEmails", 6).ToListAsync();

        Assert.That(firstBatch.Select(e => e.Subject), Is.EqualTo(Enumerable.Range(0, 6).Select(i => $"Email {i}")), "oldest first");
        Assert.That(secondBatch.Select(e => e.Subject), Is.EqualTo(Enumerable.Range(6, 4).Select(i => $"Email {i}")), "the rest, none of the first host's");

        foreach (var email in firstBatch) email.SentAtUtc = DateTime.UtcNow;
        await first.SaveChangesAsync();
        await firstClaim!.CommitAsync();
        await secondClaim!.DisposeAsync(); // the second host dies before marking its batch sent

        await using var third = Open();
        await using var thirdClaim = await PendingRows.BeginClaimAsync(third.Database, CancellationToken.None);
        var retried = await PendingRows.Claim(third.OutgoingEmails, third.Database, "OutgoingEmails", 6).ToListAsync();
        Assert.That(retried.Select(e => e.Subject), Is.EqualTo(secondBatch.Select(e => e.Subject)), "sent once, and the dead host's batch handed out again");
    }
}
