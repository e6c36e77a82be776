using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// A form sent with mistakes: the page says so in its title, starts focus at the error summary, shows each message
/// beside its field (and tied to it for screen readers), keeps what was typed, and still passes axe.
/// </summary>
[TestFixture]
public sealed class FormErrorsInBrowserTests : BrowserTest
{
    [Test]
    public async Task The_deletion_form_shows_each_error_beside_its_field_keeps_the_input_and_focuses_the_summary()
    {
        await Page.GotoAsync("/requests/delete");
        await Page.GetByLabel("Your ID (optional)").FillAsync("x!");
        await Page.GetByLabel("Email address of your account").FillAsync("not-an-email");
        await Page.GetByLabel("Phone number").FillAsync("+1 555 555 0101");
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = RequestForm.SubmitLabel }).ClickAsync(),
            r => r.Request.Method == "POST");
        await Page.WaitForLoadStateAsync();

        Assert.That(response.Status, Is.EqualTo(400), "an honest refusal, not a 200 or a 500");
        Assert.That(await Page.TitleAsync(), Does.StartWith("Error: "));
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.className"), Is.EqualTo("errors"),
            "focus starts at the error summary");
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Page.Locator("#AccountId-error").InnerTextAsync(), Does.StartWith("An account ID has 3 to 64"));
            Assert.That(await Page.Locator("#Email-error").InnerTextAsync(), Does.StartWith("Enter a valid email address"));
            Assert.That(await Page.Locator("#FullName-error").InnerTextAsync(), Is.EqualTo("Enter your full name."));
            Assert.That(await Page.GetByLabel("Email address of your account").GetAttributeAsync("aria-describedby"), Does.Contain("Email-error"));
            Assert.That(await Page.GetByLabel("Your ID (optional)").InputValueAsync(), Is.EqualTo("x!"));
            Assert.That(await Page.GetByLabel("Email address of your account").InputValueAsync(), Is.EqualTo("not-an-email"));
            Assert.That(await Page.GetByLabel("Phone number").InputValueAsync(), Is.EqualTo("+1 555 555 0101"));
        });
        await AxeCheck.AssertNoViolationsAsync(Page, "deletion form with errors");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Enter your full name." }).ClickAsync();
        Assert.That(await Page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("FullName"), "the summary link leads to the field");
    }

    [TestCase("/requests/access", "access form")]
    [TestCase("/requests/correction", "correction form")]
    public async Task An_empty_form_lists_what_is_missing_and_passes_axe(string path, string what)
    {
        await Page.GotoAsync(path);
        await Page.GetByRole(AriaRole.Button, new() { Name = RequestForm.SubmitLabel }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Please check the form");
        await Expect(Page.Locator("#Email-error")).ToHaveTextAsync("Enter the email address of your account.");
        if (path.EndsWith("correction", StringComparison.Ordinal))
            await Expect(Page.Locator("#Changes-error")).ToHaveTextAsync("List at least one field to correct and its new value.");
        await AxeCheck.AssertNoViolationsAsync(Page, what + " with errors");
    }
}
