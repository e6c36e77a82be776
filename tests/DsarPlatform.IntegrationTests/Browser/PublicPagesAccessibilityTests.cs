using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>axe-core (WCAG 2.x A/AA) on the public pages a person opens before submitting anything.</summary>
[TestFixture]
public sealed class PublicPagesAccessibilityTests : BrowserTest
{
    [TestCase("/", "start page")]
    [TestCase("/requests/delete", "deletion form")]
    [TestCase("/requests/access", "access form")]
    [TestCase("/requests/correction", "correction form")]
    [TestCase("/status", "status page without a session")]
    [TestCase("/status/a-link-from-an-email", "status link (GET shows a button)")]
    public async Task Page_has_no_axe_violations(string path, string what)
    {
        AxeCheck.RequireInstalled();
        var response = await Page.GotoAsync(path);
        Assert.That(response!.Status, Is.EqualTo(200));
        await AxeCheck.AssertNoViolationsAsync(Page, what);
    }

    [Test]
    public async Task An_unknown_verification_link_says_at_once_it_cannot_be_used_without_offering_the_button()
    {
        var response = await Page.GotoAsync("/verify/a-link-from-an-email");
        Assert.That(response!.Status, Is.EqualTo(410), "Gone, as a used or expired link");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "This link cannot be used" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await AxeCheck.AssertNoViolationsAsync(Page, "unknown verification link");
    }

    [Test]
    public async Task Every_page_has_a_favicon()
    {
        var response = await Page.GotoAsync("/favicon.ico");
        Assert.That((response!.Status, response.Headers["content-type"]), Is.EqualTo((200, "image/x-icon")));
    }

    /// <summary>The agents' manual intake page: empty, with errors beside the fields, and after a request was recorded.</summary>
    [Test]
    public async Task Staff_intake_page_has_no_axe_violations()
    {
        AxeCheck.RequireInstalled();
        await Page.GotoAsync("/Account/Login?returnUrl=%2Fstaff%2Fintake");
        await Page.GetByLabel("Email").FillAsync("agent@dsar.local");
        await Page.GetByLabel("Password").FillAsync("Agent-Demo-2026!");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Record a request", Exact = true })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "manual intake page");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose how the request reached us");
        await AxeCheck.AssertNoViolationsAsync(Page, "manual intake page with errors");

        await Page.GetByLabel("Deletion: delete their data").CheckAsync();
        await Page.GetByLabel("Post", new() { Exact = true }).CheckAsync();
        await Page.GetByLabel("Email address of the account").FillAsync("nobody@example.net");
        await Page.GetByLabel("Full name").FillAsync("No Body");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record the request" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("recorded");
        await Expect(Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Open request DSR-") })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "manual intake page, request recorded");
    }
}
