using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// A posted field whose name opens a bracket it never closes ("x[", found by the fuzz test with FUZZ_SEED=1894922949)
/// made MVC's jQuery-style form reader throw before any page ran: the link is answered as any unusable link, never 5xx.
/// </summary>
[TestFixture, CancelAfter(60_000)]
public sealed partial class MalformedFieldNameTests
{
    [TestCase("x[燻搘")]
    [TestCase("[")]
    public async Task A_field_name_with_an_unclosed_bracket_on_the_status_link_is_no_server_error(string name)
    {
        await using var app = new DsarApp();
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/status/not-a-token");
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;

        using var response = await client.PostAsync("/status/not-a-token",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, [name] = "ab" }));

        Assert.That((int)response.StatusCode, Is.EqualTo(410), "as any unusable link: Gone, never 5xx");
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("new link"));
        app.DeleteDataFolder();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
