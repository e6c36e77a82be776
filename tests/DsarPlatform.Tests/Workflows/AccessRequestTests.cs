using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>An access request: verified to level 3 (the package holds message content), exported by every store, packaged, downloaded once with a code.</summary>
public sealed partial class AccessRequestTests : AppTest
{
    [Test, CancelAfter(90_000)]
    public async Task The_requester_downloads_a_package_once_with_a_code_sent_to_the_email_on_record()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 (555) 555-0101", ["postalCode"] = "94105", ["country"] = "US" },
            signedDeclaration = true,
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var ready = (await Api.WaitForMailAsync(m => m.Subject.Contains("ready to download"), "the package email")).Single();
        Assert.That(ready.To, Is.EqualTo("alice@example.com"));

        var link = ready.Links.Single(l => l.Contains("/download/"));
        var path = new Uri(link).PathAndQuery;
        Assert.That(await Api.Client.GetStringAsync(path), Does.Contain("Email me a code"));
        await Api.SubmitFormAsync(link, [], handler: "SendCode");
        var codeMail = (await Api.WaitForMailAsync(m => m.Subject.Contains("download code"), "the code")).Single();
        Assert.That(codeMail.To, Is.EqualTo("alice@example.com"));
        var code = SixDigits().Match(codeMail.Text).Value;

        var wrong = await Api.PostFormAsync(link, new() { ["Code"] = code == "000000" ? "111111" : "000000" }, handler: "Download");
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("not right"));

        var confirmation = await Api.PostFormAsync(link, new() { ["Code"] = code }, handler: "Download");
        var confirmationPage = await confirmation.Content.ReadAsStringAsync();
        Assert.That(confirmationPage, Does.Contain("Your download has started").And.Not.Contain("not right"),
            "the right code leads to a page that confirms the download, without the earlier error");
        var fileUrl = $"{path}?handler=File";
        Assert.That(confirmationPage, Does.Contain($"<meta http-equiv=\"refresh\" content=\"0; url={fileUrl}\">"), "the page starts the download itself, without script");

        var download = await Api.Client.GetAsync(fileUrl);
        Assert.That(download.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(download.Headers.CacheControl?.NoStore, Is.True);
        Assert.That(download.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        using (var zip = new ZipArchive(await download.Content.ReadAsStreamAsync()))
        {
            var names = zip.Entries.Select(e => e.FullName).ToList();
            Assert.That(names, Is.SupersetOf(new[] { "report.html", "billing.json", "contacts.json", "im-history.json", "directory.json" }));
            Assert.That(names.Any(n => n.EndsWith(".csv")), Is.True);
        }
        await AssertGoneAsync(Api.Client, path, "the link works once");
        await AssertGoneAsync(App.CreateClient(), fileUrl, "only the browser that gave the code may fetch the file");

        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var done = await Api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(done.Journal.Single(j => j.Event == "IdentityVerified").Detail, Does.Contain("level 3"));
        Assert.That(Directory.EnumerateFiles(Path.Combine(App.DataFolder, "exports"), "*", SearchOption.AllDirectories), Is.Empty, "raw exports are deleted once packaged");

        App.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await App.SweepTimersAsync();
        var package = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().AccessPackages.SingleAsync());
        Assert.That(package.DeletedAtUtc, Is.Not.Null);
        Assert.That(File.Exists(package.Path), Is.False, "the package is deleted when its link expires");
    }

    [Test, CancelAfter(60_000)]
    public async Task Details_that_do_not_match_the_record_leave_the_decision_to_an_agent()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555 555 0199", ["postalCode"] = "94105" },
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await Api.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the agent hand-over");
        Assert.That(waiting.Journal.Single(j => j.Event == "VerificationIncomplete").Detail, Does.Contain("contradicted: phone"));
        Assert.That(waiting.Tasks, Is.Empty, "nothing is exported before verification");

        var verify = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/verify", new { note = "Called the number on record; she confirmed." });
        Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Api.WaitForMailAsync(m => m.Subject.Contains("ready to download"), "the package email");
    }

    [Test, CancelAfter(60_000)]
    public async Task Matching_details_without_the_signed_declaration_leave_the_decision_to_an_agent()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555 555 0101", ["postalCode"] = "94105", ["country"] = "US" },
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var waiting = await Api.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the agent hand-over");
        Assert.That(waiting.Journal.Single(j => j.Event == "VerificationIncomplete").Detail, Does.StartWith("needs level 3, reached 2"));
        Assert.That(waiting.Tasks, Is.Empty, "no message content leaves the stores on level 2");
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    /// <summary>A link that cannot be used answers 410 Gone with the page that says so.</summary>
    static async Task AssertGoneAsync(HttpClient client, string url, string why)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Gone), why);
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("cannot be used"), why);
    }
}
