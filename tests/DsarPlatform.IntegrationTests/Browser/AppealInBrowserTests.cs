using DsarPlatform.Tests.Support;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// Virginia: a denied request of a requester living in Virginia (whose regime has appeals) is appealed from its status page,
/// and an agent decides the appeal on the request page. axe checks every new page state.
/// </summary>
[TestFixture]
public sealed class AppealInBrowserTests : BrowserTest
{
    [Test]
    public async Task A_denied_Virginia_request_is_appealed_and_the_appeal_is_decided()
    {
        var bob = DemoRequester.Bob;
        using var http = new HttpClient { BaseAddress = new Uri(Site.BaseUrl) };
        var reference = await new DsarApi(http).SubmitAsync(new
        {
            type = "deletion", accountId = bob.AccountId, email = bob.Email, fullName = bob.FullName, dataPoints = new { country = "US", state = "VA" },
        });
        var api = await Site.AgentAsync();
        await api.WaitForRequestAsync(reference, r => r.CurrentStep == "verify-identity" && r.Status == "Waiting", "the confirmation step");
        using (var denied = await api.Client.PostAsync($"/api/requests/{reference}/deny", System.Net.Http.Json.JsonContent.Create(new { code = "manifestly-unfounded-or-excessive" })))
            Assert.That(denied.IsSuccessStatusCode, Is.True);

        await OpenStatusFromEmailAsync(await Site.WaitForMailAsync(bob.Email, reference, "could not carry out"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Appeal" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "status page, appeal offered");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Appeal this decision" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Say why you think our decision was wrong.");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page, appeal refused");
        await Page.GetByLabel("Why our decision was wrong").FillAsync("I made this request only once.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Appeal this decision" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you, we have your appeal");
        await Expect(Page.Locator("main")).ToContainTextAsync("We decide by");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page, appeal filed");

        var appeal = (await api.WaitForRequestAsync(reference, r => r.Appeal?.AppealedBy is not null, "the appeal")).Appeal!.AppealedBy!;
        await api.WaitForRequestAsync(appeal, r => r.Status == "Waiting", "the appeal's decision step");
        await using var agent = await StaffConsole.SignInAsync(Site);
        await agent.OpenRequestAsync(appeal);
        await Expect(agent.Page.Locator("main")).ToContainTextAsync("I made this request only once.");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, appeal waiting for a decision");
        await agent.Page.GetByLabel("Reason the requester will read (required)").FillAsync("The same request came three times in an hour.");
        await agent.Page.Locator("#uphold-confirm").CheckAsync();
        await agent.PressAsync("Uphold the denial", "the denial stands");
        await AxeCheck.AssertNoViolationsAsync(agent.Page, "request page, appeal decided");

        var decision = await Site.WaitForMailAsync(bob.Email, appeal, "stands");
        Assert.That(MailText.Text(decision), Does.Contain("The same request came three times in an hour.").And.Contain("Attorney General"));
        await OpenStatusFromEmailAsync(decision);
        await Expect(Page.Locator("main")).ToContainTextAsync("Our decision stands. Our reason: The same request came three times in an hour.");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page, appeal decided");
    }
}
