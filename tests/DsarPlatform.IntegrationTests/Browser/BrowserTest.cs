using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>A browser test: its own context (cookies, storage) and page on the suite's shared site and browser.</summary>
public abstract class BrowserTest
{
    /// <summary>Playwright's wait for any page action: long enough for a CI machine running both tiers side by side (a navigation timed out at 15 s there once).</summary>
    public const float Timeout = 45_000;

    protected static PublicSite Site => BrowserSuite.Site;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    [SetUp]
    public async Task OpenContext()
    {
        Context = await Site.NewContextAsync();
        Context.SetDefaultTimeout(Timeout);
        Page = await Context.NewPageAsync();
    }

    /// <summary>Opens the verification link emailed to the address on record and presses the button, with the mouse.</summary>
    protected async Task ConfirmFromEmailAsync(DemoRequester requester, string reference)
    {
        var verification = await Site.WaitForMailAsync(requester.Email, reference, "confirm");
        await Page.GotoAsync(MailText.Link(verification, Site.BaseUrl, "/verify/"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, I made this request" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your request is confirmed" })).ToBeVisibleAsync();
    }

    /// <summary>Opens the status link of an email and presses the button (a GET alone never uses the link up).</summary>
    protected async Task OpenStatusFromEmailAsync(MimeKit.MimeMessage email, bool expectUsable = true)
    {
        await Page.GotoAsync(MailText.Link(email, Site.BaseUrl, "/status/"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Show my request" }).ClickAsync();
        if (expectUsable) await Page.WaitForURLAsync("**/status");
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    [TearDown]
    public async Task CloseContext()
    {
        if (Context is not null) await Context.CloseAsync();
    }
}
