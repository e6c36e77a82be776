using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// A deletion from the start page to the directory check, by keyboard only (Tab, typing, Enter, Space): the
/// verification email arrives over SMTP at the address on record, the reply lists what was deleted and kept, and
/// the request completes only once the definition's directory-propagation wait has passed; the status page,
/// opened from the receipt and from the reply, says where the request is and then how it ended.
/// </summary>
[TestFixture]
public sealed class DeletionInBrowserTests : BrowserTest
{
    const string DirectoryWait = "directory-propagation";

    [Test]
    public async Task A_keyboard_user_deletes_their_data_and_the_request_completes_after_the_directory_wait()
    {
        var bob = DemoRequester.Bob;
        var keys = new KeyboardUser(Page);
        await Page.GotoAsync("/");
        await keys.TabToAsync("Ask us to delete my data");
        await keys.PressAsync("Enter");
        await Page.WaitForURLAsync("**/requests/delete");
        await keys.TabToAndTypeAsync("Your ID", bob.AccountId);
        await keys.TabToAndTypeAsync("Email address of your account", bob.Email);
        await keys.TabToAndTypeAsync("Full name", bob.FullName);
        await keys.TabToAsync(RequestForm.SubmitLabel);
        Assert.That(await keys.FocusRingContrastAsync(), Is.GreaterThanOrEqualTo(3.0), "a keyboard user sees where focus is");
        await keys.PressAsync("Enter");
        var reference = await RequestForm.SubmittedReferenceAsync(Page);
        await AxeCheck.AssertNoViolationsAsync(Page, "submitted page");

        var verification = await Site.WaitForMailAsync(bob.Email, reference, "confirm");
        await Page.GotoAsync(MailText.Link(verification, Site.BaseUrl, "/verify/"));
        await AxeCheck.AssertNoViolationsAsync(Page, "verify page");
        var agent = await Site.AgentAsync();
        Assert.That((await agent.RequestAsync(reference)).CurrentStep, Is.EqualTo("verify-identity"), "opening the link (GET) must not confirm");
        await keys.TabToAsync("Yes, I made this request");
        await keys.PressAsync(" ");
        await Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your request is confirmed" }).WaitForAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "verify page, confirmed");

        // The receipt links to the status page: where the request is, until when, in plain words.
        var receipt = await Site.WaitForMailAsync(bob.Email, reference, "We are working on your request");
        await Page.GotoAsync(MailText.Link(receipt, Site.BaseUrl, "/status/"));
        await keys.TabToAsync("Show my request");
        await keys.PressAsync("Enter");
        await Page.WaitForURLAsync("**/status");
        await Expect(Page.Locator("dl.status")).ToContainTextAsync("We answer by");
        await Expect(Page.Locator("ol.history")).ToContainTextAsync("You confirmed the request");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page");

        var wait = WorkflowDefinitionFile.WaitDuration("deletion", DirectoryWait);
        var reply = MailText.Text(await Site.WaitForMailAsync(bob.Email, reference, "is done"));
        Assert.Multiple(() =>
        {
            Assert.That(reply, Does.Contain("We deleted:"));
            Assert.That(reply, Does.Match(@"invoices \(\d+\) in billing: .*Kept until"), "kept invoices, their legal basis and until when");
            Assert.That(reply, Does.Contain($"for up to {(int)Math.Ceiling(wait.TotalDays)} days"), "the directory delay, from the definition");
        });
        await agent.WaitForRequestAsync(reference, r => r.CurrentStep == DirectoryWait, "the directory wait");

        await Site.AdvanceClockAsync(wait - TimeSpan.FromHours(1));
        agent = await Site.AgentAsync();
        Assert.That((await agent.RequestAsync(reference)).CurrentStep, Is.EqualTo(DirectoryWait), "an hour before the wait ends");

        await Site.AdvanceClockAsync(TimeSpan.FromHours(1));
        agent = await Site.AgentAsync();
        var done = await agent.WaitForRequestAsync(reference, r => r.Status is "Completed" or "Faulted", "completion");
        Assert.That(done.Status, Is.EqualTo("Completed"), done.FaultReason);
        Assert.That(Site.Smtp.ReadMessages().Count(m => m.Subject?.Contains(reference, StringComparison.Ordinal) == true
            && m.Subject.Contains("is done", StringComparison.Ordinal)), Is.EqualTo(1), "one reply");

        // The reply's status link expired during the wait: the page offers a new one, sent to the address on record.
        await OpenStatusFromEmailAsync(await Site.WaitForMailAsync(bob.Email, reference, "is done"), expectUsable: false);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "This link cannot be used" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "status link, spent");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Email me a new link" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "status link, new one sent");
        await OpenStatusFromEmailAsync(await Site.WaitForMailAsync(bob.Email, reference, "new status link"));
        await Expect(Page.Locator("dl.status")).ToContainTextAsync("Done: we deleted your data");
        await Expect(Page.Locator("ol.history")).ToContainTextAsync("We checked that your ID has left the public search directory.");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page, done");
    }
}
