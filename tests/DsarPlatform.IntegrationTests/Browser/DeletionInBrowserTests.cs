namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// A deletion from the start page to the directory check, by keyboard only (Tab, typing, Enter, Space): the
/// verification email arrives over SMTP at the address on record, the reply lists what was deleted and kept, and
/// the request completes only once the definition's directory-propagation wait has passed.
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
        await Page.GotoAsync(MailText.SingleLink(verification, Site.BaseUrl));
        await AxeCheck.AssertNoViolationsAsync(Page, "verify page");
        var agent = await Site.AgentAsync();
        Assert.That((await agent.RequestAsync(reference)).CurrentStep, Is.EqualTo("verify-identity"), "opening the link (GET) must not confirm");
        await keys.TabToAsync("Yes, I made this request");
        await keys.PressAsync(" ");
        await Page.GetByRole(Microsoft.Playwright.AriaRole.Heading, new() { Name = "Thank you, your request is confirmed" }).WaitForAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "verify page, confirmed");

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
    }
}
