using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>The staff console in its own browser context (its own cookies), signed in on the sign-in page as the demo agent.</summary>
public sealed class StaffConsole(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page => page;

    public static async Task<StaffConsole> SignInAsync(PublicSite site, string email = "agent@dsar.local", string password = "Agent-Demo-2026!")
    {
        var context = await site.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        return new StaffConsole(context, page);
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
