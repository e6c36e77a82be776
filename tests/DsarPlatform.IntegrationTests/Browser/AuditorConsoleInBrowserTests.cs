using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// The auditor console in a browser: an auditor finds a completed deletion with the search form, by keyboard only, opens
/// its history and reads the definition path (the drawing and its text); axe-core finds no violation on the search, its
/// results, its error state or the history. The fixture runs its own site: the deletion erases a demo customer that the
/// shared site's other tests need.
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
        var drawing = page.GetByRole(AriaRole.Img, new() { Name = "Steps of deletion version 2" });
        await Assertions.Expect(drawing).ToBeVisibleAsync();
        await Assertions.Expect(drawing.Locator("g.step.taken")).ToHaveCountAsync(7);
        Assert.That(await drawing.Locator("desc").TextContentAsync(), Does.Contain("Path taken: match-account (").And.Contain($"then {DirectoryWait} (14 d"));
        var steps = page.GetByRole(AriaRole.Table, new() { Name = "Workflow definition and the path taken" });
        await Assertions.Expect(steps.GetByRole(AriaRole.Row, new() { Name = DirectoryWait })).ToContainTextAsync("taken");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Evidence (JSON)" })).ToBeVisibleAsync();
        Assert.That(await page.ContentAsync(), Does.Not.Contain(DemoRequester.Alice.Email).And.Not.Contain(DemoRequester.Alice.FullName));
        Assert.That(await page.Locator("main form").CountAsync(), Is.Zero, "an auditor has nothing to act with");
        await AxeCheck.AssertNoViolationsAsync(page, "request history page");

        var refused = await page.GotoAsync("/audit?receivedFrom=2026-13-01");
        Assert.That(refused!.Status, Is.EqualTo(400));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("A date as yyyy-MM-dd.");
        await AxeCheck.AssertNoViolationsAsync(page, "audit search with a bad date");
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
