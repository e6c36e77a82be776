using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>The staff console in its own browser context (its own cookies), signed in on the sign-in page as the demo agent.</summary>
public sealed class StaffConsole(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    public static async Task<StaffConsole> SignInAsync(PublicSite site, string email = "agent@dsar.local", string password = "Agent-Demo-2026!")
    {
        var context = await site.NewContextAsync();
        context.SetDefaultTimeout(BrowserTest.Timeout); // pages answer in well under a second; a CI machine running both tiers side by side can take far longer
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await AnswerSecondStepAsync(page, email);
        await page.WaitForURLAsync("**/staff");
        return new StaffConsole(context, page);
    }

    /// <summary>
    /// An account with two factors (the demo administrator, whose published key Development seeds) lands on the code page
    /// after its password: type what an authenticator app would show.
    /// </summary>
    public static async Task AnswerSecondStepAsync(IPage page, string email)
    {
        if (DsarPlatform.Tests.Support.DemoAuthenticators.CodeFor(email) is not { } code) return;
        await page.WaitForURLAsync("**/Account/LoginTwoFactor**");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    public async Task OpenRequestAsync(string reference)
    {
        await page.GotoAsync($"/staff/requests/{reference}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Request {reference}" })).ToBeVisibleAsync();
    }

    /// <summary>Presses a button and waits for the page's role=status message (success) to say <paramref name="done"/>.</summary>
    public async Task PressAsync(string button, string done)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(done);
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
