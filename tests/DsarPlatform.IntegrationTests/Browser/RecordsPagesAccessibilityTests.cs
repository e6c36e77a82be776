using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>axe-core (WCAG 2.x A/AA) on the auditor's records report (with rows) and metrics dashboard (with its SVG charts).</summary>
[TestFixture]
public sealed class RecordsPagesAccessibilityTests : BrowserTest
{
    [Test]
    public async Task Records_report_and_metrics_pages_have_no_axe_violations()
    {
        AxeCheck.RequireInstalled();
        var reference = await (await Site.AgentAsync()).SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await using var auditor = await StaffConsole.SignInAsync(Site, "auditor@dsar.local", "Auditor-Demo-2026!");
        var page = auditor.Page;

        await page.GotoAsync("/audit/records");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Records report", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, "records report without a range");

        // The app's clock may have been moved by other tests: a range of a year either side holds today.
        await page.GetByLabel("First day").FillAsync(DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Last day").FillAsync(DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show records" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = reference })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, "records report with rows");

        await page.GotoAsync("/audit/metrics");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Requests received per month by type" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Median days to close" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, "metrics dashboard");

        await page.GetByLabel("Group by").SelectOptionAsync("week");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show metrics" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Requests received per week by type" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(page, "metrics dashboard by week");
    }
}
