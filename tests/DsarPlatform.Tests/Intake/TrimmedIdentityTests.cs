using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Intake;

/// <summary>#16 finding 8: an email and an account ID with spaces around them are treated alike, trimmed, on the form and the API.</summary>
public sealed partial class TrimmedIdentityTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task The_api_trims_the_email_and_the_account_id_alike()
    {
        var response = await Api.Client.PostAsJsonAsync("/api/requests",
            new { type = "deletion", accountId = " alice.demo ", email = " alice@example.com ", fullName = "Alice Example" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        await AssertStoredTrimmedAsync();
    }

    [Test, CancelAfter(60_000)]
    public async Task The_form_trims_the_email_and_the_account_id_alike()
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var antiforgery = AntiforgeryField().Match(await client.GetStringAsync("/requests/delete")).Groups[1].Value;
        var response = await client.PostAsync("/requests/delete", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", antiforgery), new("AccountId", "alice.demo "), new("Email", "alice@example.com "),
            new("FullName", "Alice Example"),
        ]));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        await AssertStoredTrimmedAsync();
    }

    async Task AssertStoredTrimmedAsync()
    {
        var stored = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().Requests
            .Select(r => new { r.SubmittedAccountId, r.SubmittedEmail }).SingleAsync());
        Assert.That(stored.SubmittedAccountId, Is.EqualTo("alice.demo"));
        Assert.That(stored.SubmittedEmail, Is.EqualTo("alice@example.com"));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
