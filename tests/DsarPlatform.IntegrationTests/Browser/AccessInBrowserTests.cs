using System.IO.Compression;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>
/// An access request in the browser: the form with three matching details and the signed declaration (level 3 in
/// workflows/access.json, as the package holds message content),
/// confirmation through the emailed link, then the package email, a one-time code by email, and the download.
/// </summary>
[TestFixture]
public sealed class AccessInBrowserTests : BrowserTest
{
    [Test]
    public async Task A_person_gets_a_copy_of_their_data_as_a_zip_download_after_entering_the_emailed_code()
    {
        var chloe = DemoRequester.Chloe;
        await Page.GotoAsync("/requests/access");
        var form = new RequestForm(Page);
        await form.FillIdentityAsync(chloe, withDetails: true);
        await form.ChooseResidenceAsync(chloe.Country);
        await Page.GetByLabel("I declare that I am the person this data is about").CheckAsync();
        var reference = await form.SubmitAsync();

        await ConfirmFromEmailAsync(chloe, reference);

        var ready = await Site.WaitForMailAsync(chloe.Email, reference, "ready to download");
        var downloadLink = MailText.Link(ready, Site.BaseUrl, "/download/");
        await Page.GotoAsync(downloadLink);
        await AxeCheck.AssertNoViolationsAsync(Page, "download page");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Email me a code" }).ClickAsync();
        await Page.GetByLabel("One-time code").WaitForAsync();
        await AxeCheck.AssertNoViolationsAsync(Page, "download page, code step");

        var code = MailText.Code(await Site.WaitForMailAsync(chloe.Email, reference, "download code"));
        await Page.GetByLabel("One-time code").FillAsync(WrongCode(code));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code is not right");
        await AxeCheck.AssertNoViolationsAsync(Page, "download page, wrong code");

        await Page.GetByLabel("One-time code").FillAsync(code);
        var responseTask = Page.WaitForResponseAsync(r => r.Url.Contains("handler=File", StringComparison.Ordinal));
        // The right code leads to a confirmation page whose head starts the download by itself (no script).
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync());
        var headers = await (await responseTask).AllHeadersAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Your download has started" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        Assert.That(await Page.ContentAsync(), Does.Not.Contain("That code is not right"), "the earlier error is gone");
        await AxeCheck.AssertNoViolationsAsync(Page, "download page, confirmation");
        Assert.Multiple(() =>
        {
            Assert.That(headers["content-disposition"], Does.StartWith("attachment"));
            Assert.That(headers["cache-control"], Is.EqualTo("no-store"));
            Assert.That(download.SuggestedFilename, Is.EqualTo("my-data.zip"));
        });
        await AssertPackageAsync(download, reference);

        await Page.GotoAsync(downloadLink);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "This link cannot be used" })).ToBeVisibleAsync();

        var journal = (await (await Site.AgentAsync()).RequestAsync(reference)).Journal;
        Assert.That(journal.Single(j => j.Event == "IdentityVerified").Detail, Does.StartWith("level 3;").And.Contains("phone").And.Contains("postalCode").And.Contains("country"),
            "verified to the level workflows/access.json asks, by the details typed (national phone format, no accent) and the declaration");
    }

    /// <summary>The ZIP holds a report a person can read (checked with axe too) and the data per store.</summary>
    async Task AssertPackageAsync(IDownload download, string reference)
    {
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        using var zip = new ZipArchive(copy);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "report.html", "billing.json", "contacts.json", "im-history.json", "directory.json" }));
        using var reader = new StreamReader(zip.GetEntry("report.html")!.Open());
        var html = await reader.ReadToEndAsync();
        Assert.That(html, Does.Contain(reference).And.Contains("Legal basis"));
        await Page.SetContentAsync(html);
        await AxeCheck.AssertNoViolationsAsync(Page, "report.html of the access package");
    }

    static string WrongCode(string code) => code == "000000" ? "111111" : "000000";
}
