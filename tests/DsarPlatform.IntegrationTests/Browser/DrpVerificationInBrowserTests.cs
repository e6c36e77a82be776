using DsarPlatform.Tests.Drp;
using DsarPlatform.Tests.Support;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// DRP 1.0 section 3.02.1 in the browser: an authorized agent sends the user to our <c>user_verification_url</c>; the page
/// says to confirm through the email on record, and once that is done "continue" goes back to the agent's page.
/// </summary>
[TestFixture]
public sealed class DrpVerificationInBrowserTests : BrowserTest
{
    [Test]
    public async Task The_agents_user_confirms_through_the_email_on_record_and_is_sent_back_to_the_agent()
    {
        var agent = Site.DrpAgent;
        agent.Token ??= await agent.SetUpAsync();
        var mailBefore = Site.Smtp.ReadMessages().Select(m => m.MessageId).ToHashSet();
        var answer = await TestAgent.JsonAsync(await agent.SendExerciseAsync(agent.Sign(agent.Exercise("access"))));
        var id = answer["request_id"]!.GetValue<string>();
        try
        {
            var waiting = await Eventually.GetAsync(async () => await TestAgent.JsonAsync(await agent.StatusAsync(id)),
                s => s["reason"]?.GetValue<string>() == "need_user_verification", "the request to wait for the user's confirmation");
            var back = $"{Site.BaseUrl}/?back-from-verification";
            await Page.GotoAsync($"{waiting["user_verification_url"]!.GetValue<string>()}?request_id={id}&redirect_to={Uri.EscapeDataString(back)}");
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Confirm the request through your email" })).ToBeVisibleAsync();
            await AxeCheck.AssertNoViolationsAsync(Page, "agent's verification page");

            await Page.GetByRole(AriaRole.Button, new() { Name = "I have confirmed it, continue" }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("We have not received your confirmation yet");
            await AxeCheck.AssertNoViolationsAsync(Page, "agent's verification page, not yet confirmed");

            var verification = await Site.Smtp.WaitForMessageAsync(
                m => !mailBefore.Contains(m.MessageId) && m.To.Mailboxes.Any(to => to.Address == DemoRequester.Alice.Email)
                     && m.Subject is { } subject && subject.Contains("confirm", StringComparison.OrdinalIgnoreCase),
                "the confirmation email to the address on record", TimeSpan.FromSeconds(30));
            var verifying = await Context.NewPageAsync();
            await verifying.GotoAsync(MailText.Link(verification, Site.BaseUrl, "/verify/"));
            await verifying.GetByRole(AriaRole.Button, new() { Name = "Yes, I made this request" }).ClickAsync();
            await Expect(verifying.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your request is confirmed" })).ToBeVisibleAsync();

            await Page.GetByRole(AriaRole.Button, new() { Name = "I have confirmed it, continue" }).ClickAsync();
            await Page.WaitForURLAsync(back);
        }
        finally
        {
            // Leaves no open request for Alice behind for the other browser tests (a later one would be joined to it).
            await agent.RevokeAsync(id);
        }
    }
}
