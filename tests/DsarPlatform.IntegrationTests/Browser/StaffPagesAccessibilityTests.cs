using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// axe-core (WCAG 2.x A/AA) on the staff sign-in and its authenticator-code step, the admin's staff accounts page, the
/// invitee's set-password page and the two-factor enrolment page, in their error states too.
/// </summary>
[TestFixture]
public sealed class StaffPagesAccessibilityTests : BrowserTest
{
    const string AdminEmail = "admin@dsar.local";
    const string AdminPassword = "Admin-Demo-2026!";

    [Test]
    public async Task Sign_in_page_has_no_axe_violations_blank_and_after_a_wrong_password()
    {
        AxeCheck.RequireInstalled();
        var response = await Page.GotoAsync("/Account/Login");
        Assert.That(response!.Status, Is.EqualTo(200));
        await AxeCheck.AssertNoViolationsAsync(Page, "staff sign-in page");

        // An address with no account, so no demo account comes closer to its lock.
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync("nobody@dsar.local");
        await Page.GetByLabel("Password").FillAsync("Not-A-Password-2026!");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wrong email or password.");
        await AxeCheck.AssertNoViolationsAsync(Page, "staff sign-in page with an error");
    }

    [Test]
    public async Task Staff_accounts_page_and_set_password_page_have_no_axe_violations()
    {
        AxeCheck.RequireInstalled();
        await Page.GotoAsync("/Account/Login?returnUrl=/admin/staff");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(AdminEmail);
        await Page.GetByLabel("Password").FillAsync(AdminPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Authenticator code", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "sign-in second step (authenticator code)");
        await StaffConsole.AnswerSecondStepAsync(Page, AdminEmail);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Staff accounts", Level = 1 })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "staff accounts page");

        var invitee = $"invitee-{Guid.NewGuid():N}@dsar.local";
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(invitee);
        await Page.GetByRole(AriaRole.Group, new() { Name = "Roles", Exact = true }).GetByLabel("Agent", new() { Exact = true }).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Invitation sent.");
        await AxeCheck.AssertNoViolationsAsync(Page, "staff accounts page with its history");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Lock " + AdminEmail }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("cannot lock your own account");
        await AxeCheck.AssertNoViolationsAsync(Page, "staff accounts page with a refused action");

        var invitation = await Site.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(to => to.Address == invitee), "the invitation", TimeSpan.FromSeconds(30));
        var setPassword = await Site.NewContextAsync();
        try
        {
            var page = await setPassword.NewPageAsync();
            await page.GotoAsync(MailText.Link(invitation, Site.BaseUrl, "/Account/SetPassword"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose your password" })).ToBeVisibleAsync();
            await AxeCheck.AssertNoViolationsAsync(page, "set-password page");

            await page.GetByLabel("New password").FillAsync("Invitee-Pass-2026!");
            await page.GetByLabel("The same password again").FillAsync("Invitee-Pass-2026?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not the same");
            await AxeCheck.AssertNoViolationsAsync(page, "set-password page with an error");

            // The invitee (an agent: two factors optional) opens the enrolment page and gives a wrong code.
            await page.GetByLabel("New password").FillAsync("Invitee-Pass-2026!");
            await page.GetByLabel("The same password again").FillAsync("Invitee-Pass-2026!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
            await page.GotoAsync("/Account/Login?returnUrl=/Account/TwoFactor");
            await page.GetByLabel("Email", new() { Exact = true }).FillAsync(invitee);
            await page.GetByLabel("Password").FillAsync("Invitee-Pass-2026!");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in", Level = 1 })).ToBeVisibleAsync();
            await AxeCheck.AssertNoViolationsAsync(page, "two-factor enrolment page");
            await page.GetByLabel("Code from the app").FillAsync("000000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not right");
            await AxeCheck.AssertNoViolationsAsync(page, "two-factor enrolment page with an error");
        }
        finally
        {
            await setPassword.CloseAsync();
        }
    }
}
