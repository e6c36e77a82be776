using System.Globalization;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// A California resident says where they live on the form; the request follows the CCPA, and the status page names those
/// rules with the date 45 calendar days after receipt (the end of that day in Los Angeles) and the receipt confirmation the
/// CCPA asks for (emailed to the address on record once the account matched, within 10 business days).
/// </summary>
[TestFixture]
public sealed class ResidenceInBrowserTests : BrowserTest
{
    [Test]
    public async Task A_californian_sees_the_ccpa_and_its_45_day_date_on_the_status_page()
    {
        var alice = DemoRequester.Alice;
        await Page.GotoAsync("/requests/delete");
        var form = new RequestForm(Page);
        await form.FillIdentityAsync(alice, withDetails: false);
        await form.ChooseResidenceAsync("US", "CA");
        await AxeCheck.AssertNoViolationsAsync(Page, "deletion form with the residence chosen");
        var reference = await form.SubmitAsync();

        var confirmation = await Site.WaitForMailAsync(alice.Email, reference, "received");
        Assert.That(MailText.Text(confirmation), Does.Contain(reference).And.Contain("45 days"));
        await ConfirmFromEmailAsync(alice, reference);
        await OpenStatusFromEmailAsync(await Site.WaitForMailAsync(alice.Email, reference, "We are working on your request"));

        var received = (await (await Site.AgentAsync()).RequestAsync(reference)).ReceivedAtUtc;
        var losAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
        var due = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(received, DateTimeKind.Utc), losAngeles).Date.AddDays(45);
        await Expect(Page.Locator("#rules")).ToHaveTextAsync(
            $"California (CCPA): we answer within 45 days, by {due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))}");
        var confirmedOn = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(received, DateTimeKind.Utc), losAngeles).Date;
        await Expect(Page.Locator("main")).ToContainTextAsync(
            $"We confirmed receipt on {confirmedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-US"))}.");
        await AxeCheck.AssertNoViolationsAsync(Page, "status page with its rules");
    }
}
