namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>axe-core (WCAG 2.x A/AA) on the public pages a person opens before submitting anything.</summary>
[TestFixture]
public sealed class PublicPagesAccessibilityTests : BrowserTest
{
    [TestCase("/", "start page")]
    [TestCase("/requests/delete", "deletion form")]
    [TestCase("/requests/access", "access form")]
    [TestCase("/requests/correction", "correction form")]
    [TestCase("/status", "status page without a session")]
    [TestCase("/status/a-link-from-an-email", "status link (GET shows a button)")]
    public async Task Page_has_no_axe_violations(string path, string what)
    {
        AxeCheck.RequireInstalled();
        var response = await Page.GotoAsync(path);
        Assert.That(response!.Status, Is.EqualTo(200));
        await AxeCheck.AssertNoViolationsAsync(Page, what);
    }
}
