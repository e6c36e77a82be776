using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// The auditor console in a browser: an auditor finds a completed deletion with the search form, by keyboard only, opens
/// its history and reads the definition path (the drawing and its text), verifies the chain, downloads the evidence and
/// has <c>audit verify --evidence</c> accept it (and refuse it with one byte changed); axe-core finds no violation on the
/// search, its results, its error state, the history or the chain page. The fixture runs its own site: the deletion erases
/// a demo customer that the shared site's other tests need.
/// </summary>
[TestFixture]
public sealed class AuditorConsoleInBrowserTests
{
    const string DirectoryWait = "directory-propagation";
    PublicSite _site = null!;

    [OneTimeSetUp]
    public async Task StartSiteAsync() => _site = await PublicSite.StartAsync();

    [OneTimeTearDown]
    public async Task StopSiteAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }

    [Test]
    public async Task An_auditor_finds_a_completed_deletion_with_the_keyboard_and_reads_its_definition_path()
    {
        var reference = await CompletedDeletionAsync(DemoRequester.Alice);
        await using var auditor = await StaffConsole.SignInAsync(_site, "auditor@dsar.local", "Auditor-Demo-2026!");
        var page = auditor.Page;

        await page.GotoAsync("/audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit: requests", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, "audit search page");

        var keys = new KeyboardUser(page);
        await keys.TabToAndTypeAsync("Reference (or its start)", reference.ToLowerInvariant());
        await keys.TabToAndTypeAsync("Type", "deletion");
        await keys.TabToAndTypeAsync("Status", "Completed");
        await keys.TabToAsync("Search");
        await keys.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("type=deletion", StringComparison.Ordinal) && url.Contains("status=completed", StringComparison.Ordinal));
        var results = page.GetByRole(AriaRole.Table, new() { Name = "Requests found" });
        await Assertions.Expect(results.GetByRole(AriaRole.Link)).ToHaveTextAsync([reference]);
        await AxeCheck.AssertNoViolationsAsync(page, "audit search results");

        await keys.TabToAsync(reference);
        await keys.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"History of {reference}", Level = 1 })).ToBeVisibleAsync();
        var version = WorkflowDefinitionFile.Version("deletion");
        var drawing = page.GetByRole(AriaRole.Img, new() { Name = $"Steps of deletion version {version}" });
        await Assertions.Expect(drawing).ToBeVisibleAsync();
        await Assertions.Expect(drawing.Locator("g.step.taken")).ToHaveCountAsync(7);
        Assert.That(await drawing.Locator("desc").TextContentAsync(), Does.Contain("Path taken: match-account (").And.Contain($"then {DirectoryWait} (14 d"));
        var steps = page.GetByRole(AriaRole.Table, new() { Name = "Workflow definition and the path taken" });
        await Assertions.Expect(steps.GetByRole(AriaRole.Row, new() { Name = DirectoryWait })).ToContainTextAsync("taken");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Evidence (JSON)" })).ToBeVisibleAsync();
        Assert.That(await page.ContentAsync(), Does.Not.Contain(DemoRequester.Alice.Email).And.Not.Contain(DemoRequester.Alice.FullName));
        Assert.That(await page.Locator("main form").CountAsync(), Is.Zero, "an auditor has nothing to act with");
        await AxeCheck.AssertNoViolationsAsync(page, "request history page");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Evidence (HTML)" }).ClickAsync());
        var evidence = Path.Combine(_site.Web.WorkingDirectory, $"evidence-{reference}.html");
        await download.SaveAsAsync(evidence);
        await VerifyChainOnPageAsync(page);

        var accepted = await AuditCli.VerifyEvidenceAsync(_site.Web.WorkingDirectory, evidence);
        Assert.That(accepted.ExitCode, Is.Zero, accepted.Output);
        var bytes = await File.ReadAllBytesAsync(evidence);
        var middle = bytes.Length / 2;
        bytes[middle] = (byte)(bytes[middle] == (byte)'a' ? 'b' : 'a');
        var tampered = evidence.Replace(".html", "-changed.html", StringComparison.Ordinal);
        await File.WriteAllBytesAsync(tampered, bytes);
        var refused = await AuditCli.VerifyEvidenceAsync(_site.Web.WorkingDirectory, tampered);
        Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Output);

        var badDate = await page.GotoAsync("/audit?receivedFrom=2026-13-01");
        Assert.That(badDate!.Status, Is.EqualTo(400));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("A date as yyyy-MM-dd.");
        await AxeCheck.AssertNoViolationsAsync(page, "audit search with a bad date");
    }

    /// <summary>The chain page's "Verify now" finds the chain intact, and the page has no accessibility violation.</summary>
    static async Task VerifyChainOnPageAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Chain" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Intact:" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, "audit chain page after verification");
    }

    async Task<string> CompletedDeletionAsync(DemoRequester requester)
    {
        var agent = await _site.AgentAsync();
        var reference = await agent.SubmitDeletionAsync(requester.AccountId, requester.Email, requester.FullName);
        var verification = await _site.WaitForMailAsync(requester.Email, reference, "confirm");
        var context = await _site.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(MailText.Link(verification, _site.BaseUrl, "/verify/"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, I made this request" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your request is confirmed" })).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
        await agent.WaitForRequestAsync(reference, r => r.CurrentStep == DirectoryWait, "the directory wait");
        await _site.AdvanceClockAsync(WorkflowDefinitionFile.WaitDuration("deletion", DirectoryWait) + TimeSpan.FromMinutes(1));
        agent = await _site.AgentAsync();
        var done = await agent.WaitForRequestAsync(reference, r => r.Status is "Completed" or "Faulted", "completion");
        Assert.That(done.Status, Is.EqualTo("Completed"), done.FaultReason);
        return reference;
    }
}
