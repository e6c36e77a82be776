using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>The agents' queue in a browser: sign in on the page, tick requests, assign them in one go; axe on /staff.</summary>
[TestFixture]
public sealed class QueueInBrowserTests : BrowserTest
{
    [Test, CancelAfter(180_000)]
    public async Task An_agent_signs_in_and_bulk_assigns_three_requests_to_themself_from_the_queue()
    {
        var api = await Site.AgentAsync();
        var references = new List<string>();
        for (var i = 0; i < 3; i++) references.Add(await api.SubmitDeletionAsync($"queue-{Guid.NewGuid():N}"[..16], "nobody@example.com", "No Body"));

        await Page.GotoAsync("/Account/Login");
        await Page.GetByLabel("Email").FillAsync(PublicSite.AgentEmail);
        await Page.GetByLabel("Password").FillAsync(PublicSite.AgentPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForURLAsync("**/staff");

        await Page.GotoAsync("/staff?type=deletion&assignee=unassigned");
        await AxeCheck.AssertNoViolationsAsync(Page, "agents' queue");
        foreach (var reference in references) await Page.GetByLabel($"Select {reference}").CheckAsync();
        await Expect(Page.GetByLabel("Assign selected to")).ToHaveValueAsync(await AgentIdAsync());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Assign selected" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Assigned 3 request(s)");
        await Page.GotoAsync("/staff?assignee=me");
        foreach (var reference in references)
        {
            var row = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = reference });
            await Expect(row).ToContainTextAsync(PublicSite.AgentEmail);
        }
        await AxeCheck.AssertNoViolationsAsync(Page, "queue of the agent's own requests");
    }

    /// <summary>The agent's user id, as the bulk form's agent select holds it (the option labelled "(me)").</summary>
    async Task<string> AgentIdAsync() =>
        await Page.GetByLabel("Assign selected to").Locator("option", new() { HasText = "(me)" }).GetAttributeAsync("value") ?? "";
}
