using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// A correction in the browser: two changes on the form, confirmation by the emailed link, an agent asking a
/// question that the person answers on the status page the email links to, then one change accepted and one refused with a
/// reason, and the reply saying both.
/// </summary>
[TestFixture]
public sealed class CorrectionInBrowserTests : BrowserTest
{
    const string RefusalReason = "We cannot show a name that is not yours.";

    [Test]
    public async Task An_agent_decides_each_change_and_the_reply_says_what_was_corrected_and_what_was_refused_and_why()
    {
        var alice = DemoRequester.Alice;
        await Page.GotoAsync("/requests/correction");
        var form = new RequestForm(Page);
        await form.FillIdentityAsync(alice, withDetails: true);
        await form.FillChangeAsync(0, "City", "Oakland", "I moved");
        await form.FillChangeAsync(1, "Name shown to others", "Queen Alice", "I prefer it");
        var reference = await form.SubmitAsync();

        await ConfirmFromEmailAsync(alice, reference);

        var agent = await Site.AgentAsync();
        await agent.WaitForRequestAsync(reference, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the agent review");
        await AnswerAgentQuestionAsync(agent, reference, alice.Email);

        using var decided = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/decisions", new
        {
            decisions = new object[]
            {
                new { field = "city", accept = true, reason = (string?)null },
                new { field = "displayName", accept = false, reason = RefusalReason },
            },
        });
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await decided.Content.ReadAsStringAsync());

        var reply = MailText.Text(await Site.WaitForMailAsync(alice.Email, reference, "is done"));
        Assert.Multiple(() =>
        {
            Assert.That(reply, Does.Contain("City: now \"Oakland\""), "the accepted change, in the form's words");
            Assert.That(reply, Does.Contain($"Name shown to others: {RefusalReason}"), "the refused change and why");
            Assert.That(reply, Does.Not.Contain("Queen Alice"), "a refused value is not presented as done");
        });
        var done = await agent.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(done.Journal, Has.Some.Matches<DsarPlatform.Web.Api.JournalEntryView>(j => j.Event == "InformationProvided"));
    }

    /// <summary>The agent asks; the person answers on the status page (an empty answer is refused beside the field).</summary>
    async Task AnswerAgentQuestionAsync(DsarPlatform.Tests.Support.DsarApi agent, string reference, string email)
    {
        using var asked = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/request-information",
            new { message = "Which street in Oakland do you live on now?" });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await asked.Content.ReadAsStringAsync());
        var question = await Site.WaitForMailAsync(email, reference, "more information");
        Assert.That(MailText.Text(question), Does.Contain("Which street in Oakland"));

        await OpenStatusFromEmailAsync(question);
        await Expect(Page.Locator("blockquote.question")).ToHaveTextAsync("Which street in Oakland do you live on now?");
        await Expect(Page.Locator("dl.status")).ToContainTextAsync("the clock is paused");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page with a question");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Write your answer");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page with an answer error");
        await Page.GetByLabel("Your answer").FillAsync("Broadway");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you, we have your answer");
        await Expect(Page.Locator("ol.history")).ToContainTextAsync("We received your answer.");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page, answer sent");
    }
}
