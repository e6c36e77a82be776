using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Records;

/// <summary>When a request closes, what it no longer needs is shed at once and only its record stays for the records period.</summary>
public sealed class ClosingShedTests : AppTest
{
    [Test, CancelAfter(90_000)]
    public async Task A_completed_deletion_keeps_only_its_record_and_journals_what_was_shed_in_counts()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "deletion", accountId = "alice.demo", email = "typed@example.net", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["postalCode"] = "94105" },
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");
        App.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        await App.WaitForQuietAsync();

        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Reference == reference);
            Assert.That((request.SubmittedEmail, request.SubmittedName, request.SubmittedAccountId, request.DataPointsJson),
                Is.EqualTo(("", "", (string?)null, "{}")), "typed details and data points are shed");
            Assert.That(request.AccountId, Is.Not.Null, "the account matched stays with the record (its status page needs it)");
            Assert.That((request.Type, request.Channel, request.Outcome, request.RecordEmail),
                Is.EqualTo((RequestType.Deletion, "api", (RequestOutcome?)RequestOutcome.Fulfilled, "alice@example.com")), "the record stays");
            Assert.That(request.ClosedAtUtc, Is.Not.Null);

            var emails = await db.OutgoingEmails.AsNoTracking().Where(e => e.RequestId == request.Id).ToListAsync();
            Assert.That(emails, Is.Not.Empty);
            Assert.That(emails.All(e => e.SentAtUtc != null && e.To == "" && e.TextBody == "" && e.HtmlBody == ""), Is.True,
                "every email, the reply sent after closing included, keeps only its template, subject and dates");
            Assert.That(emails.Select(e => e.Template), Does.Contain("deletion-reply"));

            var tokens = await db.RequesterTokens.AsNoTracking().Where(t => t.RequestId == request.Id).ToListAsync();
            Assert.That(tokens.Select(t => t.Purpose).Distinct(), Is.EquivalentTo(new[] { TokenPurpose.Status }), "only status links stay, until they expire");
            Assert.That(await db.OneTimeCodes.CountAsync(c => c.RequestId == request.Id), Is.Zero);
            var tasks = await db.StoreTasks.AsNoTracking().Where(t => t.RequestId == request.Id).ToListAsync();
            Assert.That(tasks.All(t => t.Payload is null && t.Outcome?.SealedAccounts is null), Is.True, "the stores' sealed answers are shed");

            var shed = await db.Journal.AsNoTracking().Where(j => j.RequestId == request.Id && j.Event == "DataShed").ToListAsync();
            Assert.That(shed, Has.Count.EqualTo(1));
            Assert.That(shed[0].Detail, Does.Match(@"^details, emails \d+, store answers \d+, tokens \d+, codes \d+, export files \d+$"));
        });

        App.Clock.Advance(TimeSpan.FromDays(8));
        var swept = await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None);
        Assert.That(swept, Is.GreaterThan(0), "the expired status links go");
        Assert.That(await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None), Is.Zero, "a second run finds nothing");
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().RequesterTokens.CountAsync()), Is.Zero);
    }

    [Test, CancelAfter(90_000)]
    public async Task An_access_package_outlives_its_closing_until_the_link_expires_and_then_its_page_says_it_cannot_be_used()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 (555) 555-0101", ["postalCode"] = "94105", ["country"] = "US" },
            signedDeclaration = true,
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var ready = (await Api.WaitForMailAsync(m => m.Subject.Contains("ready to download"), "the package email")).Single();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.Status == "Completed", "closing");
        var path = new Uri(ready.Links.Single(l => l.Contains("/download/"))).PathAndQuery;

        Assert.That(await Api.Client.GetStringAsync(path), Does.Contain("Email me a code"), "the closed request's package is still offered");
        await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None);
        var package = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AccessPackages.AsNoTracking().SingleAsync());
        Assert.That(File.Exists(package.Path), Is.True, "the sweep never takes a package whose link still runs");

        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None);
        var gone = await Api.Client.GetAsync(path);
        Assert.That(gone.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Gone), "the shed package's link is gone, and says so");
        Assert.That(await gone.Content.ReadAsStringAsync(), Does.Contain("cannot be used"));
        Assert.That(File.Exists(package.Path), Is.False);
        Assert.That(await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().OneTimeCodes.CountAsync()), Is.Zero);
    }

    [Test, CancelAfter(60_000)]
    public async Task The_leftovers_sweep_deletes_files_that_no_open_request_owns()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForQuietAsync();
        var openId = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync());
        var folders = App.Services.GetRequiredService<RequestExportFolders>();
        var vault = App.Services.GetRequiredService<PackageVault>();
        var orphan = Guid.NewGuid(); // a purged request's, left by a crash between a commit and the deletion after it
        foreach (var id in new[] { openId, orphan })
        {
            Directory.CreateDirectory(folders.FolderOf(id));
            await File.WriteAllTextAsync(Path.Combine(folders.FolderOf(id), "billing.json"), "{}");
        }
        var orphanPackage = await vault.StoreAsync(orphan, zip => zip.WriteAsync(new byte[] { 1, 2, 3 }).AsTask());

        var swept = await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None);

        Assert.That(swept, Is.EqualTo(2));
        Assert.That(Directory.Exists(folders.FolderOf(orphan)), Is.False);
        Assert.That(File.Exists(orphanPackage), Is.False);
        Assert.That(Directory.Exists(folders.FolderOf(openId)), Is.True, "an open request's exports stay");
        Assert.That(await App.Services.GetRequiredService<ClosedRequestLeftovers>().RunAsync(CancellationToken.None), Is.Zero);
    }
}
