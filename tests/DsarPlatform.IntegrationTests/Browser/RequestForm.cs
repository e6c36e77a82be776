using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DsarPlatform.IntegrationTests.Browser;

/// <summary>The public request forms as a mouse user fills them: by their visible labels.</summary>
public sealed partial class RequestForm(IPage page)
{
    public const string SubmitLabel = "Send my request";

    /// <summary>Who I am and, when <paramref name="withDetails"/>, the two details that verification at level 2 matches.</summary>
    public async Task FillIdentityAsync(DemoRequester requester, bool withDetails)
    {
        await page.GetByLabel("Your ID (optional)").FillAsync(requester.AccountId);
        await page.GetByLabel("Email address of your account").FillAsync(requester.Email);
        await page.GetByLabel("Full name", new() { Exact = true }).FillAsync(requester.FullName);
        if (!withDetails) return;
        await page.GetByLabel("Phone number").FillAsync(requester.Phone);
        await page.GetByLabel("Postal code").FillAsync(requester.PostalCode);
    }

    /// <summary>"Where you live": the country (and US state) by their codes, which are the options' values.</summary>
    public async Task ChooseResidenceAsync(string country, string? usState = null)
    {
        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(country);
        if (usState is not null) await page.GetByLabel("US state (only if you live in the United States)").SelectOptionAsync(usState);
    }

    /// <summary>One row of the correction form (rows count from 0).</summary>
    public async Task FillChangeAsync(int row, string fieldLabel, string newValue, string why)
    {
        await page.Locator($"#Changes_{row}__Field").SelectOptionAsync(new SelectOptionValue { Label = fieldLabel });
        await page.Locator($"#Changes_{row}__NewValue").FillAsync(newValue);
        await page.Locator($"#Changes_{row}__Why").FillAsync(why);
    }

    /// <summary>Presses the submit button and returns the reference the confirmation page shows.</summary>
    public async Task<string> SubmitAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = SubmitLabel }).ClickAsync();
        return await SubmittedReferenceAsync(page);
    }

    /// <summary>Waits for the confirmation page and reads the reference from it.</summary>
    public static async Task<string> SubmittedReferenceAsync(IPage page)
    {
        await page.WaitForURLAsync(SubmittedPage());
        var reference = (await page.Locator(".reference").InnerTextAsync()).Trim();
        Assert.That(reference, Does.Match("^DSR-[0-9A-Z]{10}$"));
        return reference;
    }

    [GeneratedRegex("/requests/submitted/DSR-")]
    private static partial Regex SubmittedPage();
}
