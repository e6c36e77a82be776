using System.Net;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Security;

/// <summary>#16 finding 5: the access form's declaration checkbox takes what browsers send; an odd value is a 400 beside the field, never a 500.</summary>
public sealed partial class CheckboxFormTests
{
    DsarApp _app = null!;
    HttpClient _client = null!;

    [SetUp]
    public void StartApp()
    {
        _app = new DsarApp(settings: new Dictionary<string, string?> { ["Security:RateLimits:PublicPostsPerWindow"] = "1000" });
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [TearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [TestCase("on"), TestCase("1"), TestCase("yes"), TestCase("true")]
    [CancelAfter(60_000)]
    public async Task What_a_plain_checkbox_or_a_script_sends_counts_as_the_signed_declaration(string value)
    {
        var response = await PostAccessAsync(value);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var signed = await _app.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests.Select(r => r.SignedDeclaration).SingleAsync());
        Assert.That(signed, Is.True);
    }

    [TestCase("x"), TestCase("maybe")]
    [CancelAfter(60_000)]
    public async Task An_odd_checkbox_value_is_a_400_beside_the_field_not_a_500(string value)
    {
        var response = await PostAccessAsync(value);
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), page);
        Assert.That(page, Does.Match("id=\"SignedDeclaration-error\"[^>]*>Tick the box, or leave it empty."));
        Assert.That(page, Does.Contain("role=\"alert\""));
    }

    async Task<HttpResponseMessage> PostAccessAsync(string declaration)
    {
        var antiforgery = AntiforgeryField().Match(await _client.GetStringAsync("/requests/access")).Groups[1].Value;
        return await _client.PostAsync("/requests/access", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", antiforgery), new("AccountId", "alice.demo"), new("Email", "alice@example.com"),
            new("FullName", "Alice Example"), new("Phone", "+1 (555) 555-0101"), new("PostalCode", "94105"), new("Country", "US"),
            new("SignedDeclaration", declaration),
        ]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
