using System.Globalization;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Packages;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Downloads;

/// <summary>
/// #16 finding 3: someone holding a download link (a forwarded or intercepted email) asks for code after code and guesses.
/// Each code locks after its own five tries, but the link as a whole takes only <c>Downloads:GuessesPerLink</c> wrong codes
/// and sends only <c>Downloads:CodeEmailsPerLink</c> codes; then it is closed and the requester is told how to get a new package.
/// </summary>
public sealed partial class DownloadLinkLimitTests
{
    const int GuessesPerLink = 10;
    const int CodeEmailsPerLink = 5;

    DsarApp App = null!;
    DsarApi Api = null!;
    System.Net.HttpStatusCode lastStatus;

    [SetUp]
    public void StartApp()
    {
        // The attack is not slowed by the per-address post limit here: the link's own bounds must hold on their own.
        App = new DsarApp(settings: new Dictionary<string, string?> { ["Security:RateLimits:PublicPostsPerWindow"] = "10000" });
        Api = new DsarApi(App.CreateClient());
    }

    [TearDown]
    public async Task StopApp()
    {
        await App.DisposeAsync();
        App.DeleteDataFolder();
    }

    [Test, CancelAfter(120_000)]
    public async Task Asking_for_new_codes_adds_no_fresh_guesses_past_the_links_total()
    {
        var link = await SeedDownloadLinkAsync();
        var antiforgery = await AntiforgeryAsync(link);
        var seen = new HashSet<string>();
        var (wrongAnswers, codesSent, closedPage) = (0, 0, "");
        string? lastCode = null;
        // The attack: up to 30 codes with 5 guesses each (150 guesses) unless the link stops it.
        for (var round = 0; round < 30 && closedPage == ""; round++)
        {
            var sendPage = await PostAsync(link, "SendCode", antiforgery, []);
            if (sendPage.Contains("This link is now closed")) { closedPage = sendPage; break; }
            codesSent++;
            lastCode = await NewCodeAsync(seen);
            for (var guess = 1; guess <= 5; guess++)
            {
                var page = await PostAsync(link, "Download", antiforgery, new() { ["Code"] = WrongGuess(lastCode, guess) });
                if (page.Contains("This link is now closed")) { closedPage = page; wrongAnswers++; break; }
                Assert.That(page, Does.Contain("not right").Or.Contain("no longer be used"));
                if (page.Contains("not right")) wrongAnswers++;
            }
        }

        Assert.That(closedPage, Does.Contain("This link is now closed").And.Contain("href=\"/requests/access\""),
            "the link closes and the page says how to get a new package");
        Assert.That(wrongAnswers, Is.LessThanOrEqualTo(GuessesPerLink), "wrong codes checked for the link in total");
        Assert.That(codesSent, Is.LessThanOrEqualTo(CodeEmailsPerLink));
        var rightCodeAfterwards = await PostAsync(link, "Download", antiforgery, new() { ["Code"] = lastCode! });
        Assert.That(rightCodeAfterwards, Does.Contain("cannot be used").And.Not.Contain("download has started"), "a closed link takes no code, not even the right one");
        await AssertRequesterToldAsync();
    }

    [Test, CancelAfter(120_000)]
    public async Task Code_emails_per_link_are_capped_and_the_next_ask_closes_the_link()
    {
        var link = await SeedDownloadLinkAsync();
        var antiforgery = await AntiforgeryAsync(link);
        var pages = new List<string>();
        for (var ask = 0; ask < 12; ask++) pages.Add(await PostAsync(link, "SendCode", antiforgery, []));

        Assert.That(pages.Take(CodeEmailsPerLink), Has.All.Contains("Enter your code"));
        Assert.That(pages[CodeEmailsPerLink], Does.Contain("This link is now closed"));
        Assert.That(pages.Skip(CodeEmailsPerLink + 1), Has.All.Contains("cannot be used"));
        Assert.That(lastStatus, Is.EqualTo(System.Net.HttpStatusCode.Gone), "a closed link is gone");
        await AssertRequesterToldAsync();
        var codeMails = (await Api.MailAsync()).Count(m => m.Subject.Contains("download code"));
        Assert.That(codeMails, Is.EqualTo(CodeEmailsPerLink), "12 asks sent no more code emails than the link allows");
        var journal = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Journal.Select(j => j.Event).ToListAsync());
        Assert.That(journal, Does.Contain("DownloadLinkClosed"), "staff see why the link stopped");
    }

    async Task AssertRequesterToldAsync()
    {
        var notice = (await Api.WaitForMailAsync(m => m.Subject.Contains("closed the download link"), "the closing notice")).Single();
        Assert.That(notice.To, Is.EqualTo("alice@example.com"));
        Assert.That(notice.Text, Does.Contain("/requests/access"));
    }

    /// <summary>An access request whose package is ready: its download link, as the ready email would carry it.</summary>
    async Task<string> SeedDownloadLinkAsync() =>
        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var now = App.Clock.GetUtcNow().UtcDateTime;
            var request = new DsarRequest
            {
                Reference = RequestReference.New(), Type = RequestType.Access, Channel = "test", SubmittedEmail = "alice@example.com",
                SubmittedName = "Alice Example", RecordEmail = "alice@example.com", AccountId = "alice.demo",
            };
            db.Requests.Add(request);
            // Finished, as an access workflow is once its package is out, so no worker picks it up during the test.
            db.Instances.Add(new WorkflowInstance
            {
                RequestId = request.Id, DefinitionId = "access", DefinitionVersion = 1, CurrentStep = "notify",
                Status = InstanceStatus.Completed, CreatedAtUtc = now, UpdatedAtUtc = now,
            });
            db.AccessPackages.Add(new AccessPackage
            {
                RequestId = request.Id, Path = Path.Combine(App.DataFolder, "none.pkg"), CreatedAtUtc = now, ExpiresAtUtc = now.AddDays(7),
            });
            var token = RequesterTokens.Issue(db, request.Id, TokenPurpose.Download, now, TimeSpan.FromDays(7));
            await db.SaveChangesAsync();
            return $"/download/{token}";
        });

    async Task<string> AntiforgeryAsync(string link) =>
        AntiforgeryField().Match(await Api.Client.GetStringAsync(link)).Groups[1].Value;

    async Task<string> PostAsync(string link, string handler, string antiforgery, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = antiforgery;
        var response = await Api.Client.PostAsync($"{link}?handler={handler}", new FormUrlEncodedContent(fields));
        Assert.That((int)response.StatusCode, Is.LessThan(500));
        lastStatus = response.StatusCode;
        return await response.Content.ReadAsStringAsync();
    }

    async Task<string> NewCodeAsync(HashSet<string> seen)
    {
        var mails = await Api.WaitForMailAsync(m => m.Subject.Contains("download code") && !seen.Contains(m.Id), "a new code email");
        var mail = mails.Single();
        seen.Add(mail.Id);
        return SixDigits().Match(mail.Text).Value;
    }

    static string WrongGuess(string code, int guess) =>
        ((int.Parse(code, CultureInfo.InvariantCulture) + guess) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    [GeneratedRegex("\\b[0-9]{6}\\b")]
    private static partial Regex SixDigits();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
