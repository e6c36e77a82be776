using DsarPlatform.Contracts;
using DsarPlatform.Stores.ImHistory;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Tests.Stores;

[TestFixture, CancelAfter(60_000)]
public class ImHistoryPurgeTests
{
    [Test]
    public async Task Messages_older_than_30_days_are_purged_and_younger_ones_kept()
    {
        // A small batch size makes the purge loop over several batches.
        await using var host = await StoreTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Stores:ImHistory:PurgeBatchSize"] = "3" });
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var conversation = Guid.NewGuid();
        await using (var scope = host.Scope())
        {
            var db = host.Db<ImHistoryDbContext>(scope);
            await db.Messages.ExecuteDeleteAsync();
            db.Conversations.Add(new Conversation { Id = conversation, StartedAtUtc = now.AddDays(-40) });
            for (var i = 0; i < 5; i++)
            {
                db.Messages.Add(new ChatMessage { Id = Guid.NewGuid(), ConversationId = conversation, SenderAccountId = "a", SentAtUtc = now.AddDays(-29).AddMinutes(-i), Body = "kept" });
                db.Messages.Add(new ChatMessage { Id = Guid.NewGuid(), ConversationId = conversation, SenderAccountId = "a", SentAtUtc = now.AddDays(-31).AddMinutes(-i), Body = "gone" });
            }
            await db.SaveChangesAsync();
        }

        var log = new FileInfo(Path.Combine(host.Folder, StoreNames.ImHistory + ".db-wal"));
        Assert.That(log.Exists && log.Length > 0, "the seeded messages sit in the write-ahead log");

        await using (var scope = host.Scope())
            Assert.That(await host.Db<ImHistoryPurge>(scope).RunAsync(CancellationToken.None), Is.EqualTo(5));
        log.Refresh();
        Assert.That(log.Exists ? log.Length : 0, Is.Zero, "the purge folds the log into the file, so the purged messages leave it now");

        await using var after = host.Scope();
        var left = await host.Db<ImHistoryDbContext>(after).Messages.Select(m => m.Body).ToListAsync();
        Assert.That(left, Is.EqualTo(Enumerable.Repeat("kept", 5)));
    }
}
