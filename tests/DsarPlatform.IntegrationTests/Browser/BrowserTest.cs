using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>A browser test: its own context (cookies, storage) and page on the suite's shared site and browser.</summary>
public abstract class BrowserTest
{
    protected static PublicSite Site => BrowserSuite.Site;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    [SetUp]
    public async Task OpenContext()
    {
        Context = await Site.NewContextAsync();
        Context.SetDefaultTimeout(15_000);
        Page = await Context.NewPageAsync();
    }

    [TearDown]
    public async Task CloseContext()
    {
        if (Context is not null) await Context.CloseAsync();
    }
}
