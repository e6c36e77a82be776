using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>
/// The outbox relay sends a batch at once and marks it sent in one save: every row still goes out, once, and keeps no
/// body (the account it names) once sent.
/// </summary>
public sealed class OutboxRelayTests
{
    const int Rows = 450; // more than two of the relay's batches

    [Test, CancelAfter(120_000)]
    public async Task Outbox_rows_beyond_one_batch_are_each_sent_once_and_marked_sent()
    {
        var app = new DsarApp();
        try
        {
            using var _ = app.CreateClient(); // starts the host and its relay
            var ids = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<DsarDbContext>();
                var now = app.Clock.GetUtcNow().UtcDateTime;
                var rows = Enumerable.Range(0, Rows).Select(_ => new OutboxMessage
                {
                    MessageType = typeof(CheckDirectoryListing).FullName!, Destination = StoreNames.Directory, CreatedAtUtc = now,
                    Body = JsonSerializer.Serialize(new CheckDirectoryListing(Guid.NewGuid(), Guid.NewGuid(), "nobody.outbox")),
                }).ToList();
                db.Outbox.AddRange(rows);
                await db.SaveChangesAsync();
                return rows.Select(r => r.Id).ToList();
            });
            app.Services.GetRequiredService<DeliverySignal>().Notify();

            var sent = await Eventually.GetAsync(
                () => app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync()),
                rows => rows.Count == Rows && rows.All(r => r.SentAtUtc != null), "every outbox row sent", TimeSpan.FromSeconds(60));

            Assert.That(sent.Select(r => r.Attempts), Is.All.EqualTo(1), "each row went out in one attempt");
            Assert.That(sent.Select(r => r.Body), Is.All.Empty, "a sent row keeps no body");
        }
        finally
        {
            // Stopped before its folder goes: deleting the databases under a running host left the in-process stores
            // retrying 450 answers against missing files, and the test took three minutes instead of ten seconds.
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task A_row_this_host_cannot_send_is_left_for_another_and_holds_up_none_behind_it()
    {
        var app = new DsarApp();
        try
        {
            using var _ = app.CreateClient();
            var (unknown, unreadable, ids) = await app.InScopeAsync(async services =>
            {
                var db = services.GetRequiredService<DsarDbContext>();
                var now = app.Clock.GetUtcNow().UtcDateTime;
                // Oldest first, as a newer host's rows would be during a rolling upgrade.
                var newer = new OutboxMessage { MessageType = "DsarPlatform.Contracts.FromANewerVersion", Destination = StoreNames.Directory, CreatedAtUtc = now.AddSeconds(-2), Body = "{}" };
                var broken = new OutboxMessage { MessageType = typeof(CheckDirectoryListing).FullName!, Destination = StoreNames.Directory, CreatedAtUtc = now.AddSeconds(-1), Body = "{not json" };
                var rows = Enumerable.Range(0, 3).Select(_ => new OutboxMessage
                {
                    MessageType = typeof(CheckDirectoryListing).FullName!, Destination = StoreNames.Directory, CreatedAtUtc = now,
                    Body = JsonSerializer.Serialize(new CheckDirectoryListing(Guid.NewGuid(), Guid.NewGuid(), "nobody.outbox")),
                }).ToList();
                db.Outbox.AddRange([newer, broken, .. rows]);
                await db.SaveChangesAsync();
                return (newer.Id, broken.Id, rows.Select(r => r.Id).ToList());
            });
            app.Services.GetRequiredService<DeliverySignal>().Notify();

            await Eventually.GetAsync(
                () => app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Outbox.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync()),
                rows => rows.All(r => r.SentAtUtc != null), "the rows behind the two sent", TimeSpan.FromSeconds(60));
            var left = await app.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Outbox.AsNoTracking()
                .Where(m => m.Id == unknown || m.Id == unreadable).ToListAsync());
            Assert.That(left.Select(r => (r.SentAtUtc, r.Attempts, r.Body.Length > 0)), Is.All.EqualTo(((DateTime?)null, 0, true)),
                "left as written, for a host that knows them");
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }
}
