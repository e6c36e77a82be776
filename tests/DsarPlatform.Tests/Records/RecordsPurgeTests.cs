using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Records;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Records;

/// <summary>Closed requests are purged once their definition's records period (24 months) has passed, leaving one journal entry.</summary>
public sealed class RecordsPurgeTests : AppTest
{
    [Test, CancelAfter(120_000)]
    public async Task A_request_closed_24_months_and_a_day_ago_is_purged_leaving_one_entry_and_younger_or_open_ones_stay()
    {
        var old = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var younger = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var open = await Api.SubmitDeletionAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");
        await App.WaitForQuietAsync();
        await DenyAsync(old);
        var oldClosedAt = App.Clock.GetUtcNow();
        await App.WaitForQuietAsync();

        App.Clock.Advance(TimeSpan.FromDays(31));
        await DenyAsync(younger);
        await App.WaitForQuietAsync();
        var oldId = (await IdOfAsync(old))!.Value;
        Assert.That(await RowsAboutAsync(oldId), Is.GreaterThan(3), "the denied request has journal entries and emails");

        App.Clock.AdjustTime(oldClosedAt.AddMonths(24).AddDays(1));
        var purged = await PurgeAsync();

        Assert.That(purged, Is.EqualTo(1));
        Assert.That(await IdOfAsync(old), Is.Null, "purged");
        Assert.That(await IdOfAsync(younger), Is.Not.Null, "closed 23 months ago: kept");
        Assert.That(await IdOfAsync(open), Is.Not.Null, "open requests are never purged");
        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var left = await db.Journal.Where(j => j.RequestId == oldId).ToListAsync();
            Assert.That(left, Has.Count.EqualTo(1));
            var entry = left.Single();
            Assert.That((entry.Step, entry.Event, entry.Actor, entry.Role), Is.EqualTo(("records", "records-purged", "system", "system")));
            Assert.That(entry.AtUtc, Is.EqualTo(App.Clock.GetUtcNow().UtcDateTime));
            Assert.That(entry.Detail, Does.Match(@"^journal \d+, notes \d+, emails \d+, store tasks \d+, timers \d+, incidents \d+,"));
            Assert.That(entry.Detail, Does.Not.Contain("alice").IgnoreCase);
            Assert.That(await db.OutgoingEmails.CountAsync(e => e.RequestId == oldId), Is.Zero);
            Assert.That(await db.Instances.CountAsync(i => i.RequestId == oldId), Is.Zero);
            Assert.That(await db.Timers.CountAsync(t => t.RequestId == oldId), Is.Zero);
        });

        Assert.That(await PurgeAsync(), Is.Zero, "a second run purges nothing more");
        Assert.That(await App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Journal.CountAsync(j => j.RequestId == oldId)), Is.EqualTo(1));
    }

    [Test, CancelAfter(120_000)]
    public async Task The_records_period_comes_from_the_definition_a_request_ran_under()
    {
        using var definitions = new DefinitionsCopy();
        definitions.Edit("deletion.json", "\"recordsRetentionMonths\": 24", "\"recordsRetentionMonths\": 36");
        definitions.BumpVersion("deletion.json");
        var app = new DsarApp(settings: definitions.Settings);
        try
        {
            var api = new DsarApi(app.CreateClient());
            var reference = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
            await app.WaitForQuietAsync();
            await api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
            var deny = await api.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = DenialCodes.Duplicate, note = "Asked twice." });
            Assert.That(deny.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            var closedAt = app.Clock.GetUtcNow();

            app.Clock.AdjustTime(closedAt.AddMonths(36).AddDays(-1));
            Assert.That(await app.Services.GetRequiredService<RecordsPurge>().RunAsync(CancellationToken.None), Is.Zero, "36 months in this definition");
            app.Clock.AdjustTime(closedAt.AddMonths(36).AddDays(1));
            Assert.That(await app.Services.GetRequiredService<RecordsPurge>().RunAsync(CancellationToken.None), Is.EqualTo(1));
        }
        finally
        {
            await app.DisposeAsync();
            app.DeleteDataFolder();
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task A_request_that_cannot_be_purged_is_kept_the_others_are_purged_and_the_run_fails()
    {
        var held = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var other = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForQuietAsync();
        await DenyAsync(held);
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await DenyAsync(other);
        await App.WaitForQuietAsync();
        // The oldest due request cannot be deleted (a real failure in the database, as a row the purge does not know
        // about holding on to it would cause).
        var hold = "CREATE TRIGGER hold_request BEFORE DELETE ON Requests WHEN OLD.Reference = '" + held + "' BEGIN SELECT RAISE(ABORT, 'held'); END;";
        await App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Database.ExecuteSqlRawAsync(hold));
        App.Clock.Advance(TimeSpan.FromDays(24 * 31 + 1));

        var failure = Assert.ThrowsAsync<InvalidOperationException>(PurgeAsync);

        Assert.That(failure!.Message, Does.Contain("1 requests purged, 1 could not be"));
        Assert.That(await IdOfAsync(other), Is.Null, "purged although an older one failed");
        Assert.That(await IdOfAsync(held), Is.Not.Null, "kept, whole: its purge rolled back");
        await App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Database.ExecuteSqlRawAsync("DROP TRIGGER hold_request;"));
        Assert.That(await PurgeAsync(), Is.EqualTo(1), "purged by the next run once nothing holds it");
        Assert.That(await IdOfAsync(held), Is.Null);
    }

    async Task DenyAsync(string reference)
    {
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        var deny = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = DenialCodes.Duplicate, note = "Asked twice." });
        Assert.That(deny.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
    }

    Task<int> PurgeAsync() => App.Services.GetRequiredService<RecordsPurge>().RunAsync(CancellationToken.None);

    Task<Guid?> IdOfAsync(string reference) => App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Requests
        .Where(r => r.Reference == reference).Select(r => (Guid?)r.Id).SingleOrDefaultAsync());

    Task<int> RowsAboutAsync(Guid requestId) => App.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<DsarDbContext>();
        return await db.Journal.CountAsync(j => j.RequestId == requestId) + await db.OutgoingEmails.CountAsync(e => e.RequestId == requestId);
    });
}
