using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Intake;

/// <summary>The public intake API: clear 4xx for bad input, and answers that reveal nothing about accounts.</summary>
public sealed class IntakeApiTests
{
    DsarApp _app = null!;
    HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = new DsarApp();
        _client = _app.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task Bad_input_gets_400_problem_details_naming_each_field()
    {
        var response = await _client.PostAsJsonAsync("/api/requests", new { type = "teleport", email = "not-an-email", fullName = "", accountId = "x" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name);
        Assert.That(fields, Is.EquivalentTo(new[] { "type", "email", "fullName", "accountId" }));
    }

    [Test]
    public async Task A_body_that_is_not_json_gets_400_not_500()
    {
        var response = await _client.PostAsync("/api/requests", new StringContent("{\"type\": \"deletion\",", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("body"));
    }

    [Test]
    public async Task The_answer_is_the_same_whether_or_not_an_account_matches()
    {
        var matched = await _client.PostAsJsonAsync("/api/requests", new { type = "deletion", accountId = "chloe.demo", email = "chloe@example.org", fullName = "Chloé Exemple" });
        var unmatched = await _client.PostAsJsonAsync("/api/requests", new { type = "deletion", accountId = "nobody.here", email = "nobody@example.net", fullName = "No Body" });

        Assert.That(unmatched.StatusCode, Is.EqualTo(matched.StatusCode).And.EqualTo(HttpStatusCode.Accepted));
        var a = await matched.Content.ReadFromJsonAsync<JsonElement>();
        var b = await unmatched.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(b.EnumerateObject().Select(p => p.Name), Is.EqualTo(a.EnumerateObject().Select(p => p.Name)));
        Assert.That(b.GetProperty("reference").GetString(), Does.Match("^DSR-[0-9A-Z]{10}$"));
        Assert.That(unmatched.Headers.Location?.ToString(), Does.StartWith("/api/requests/DSR-"));
    }

    [Test]
    public async Task The_deletion_form_keeps_what_was_typed_and_shows_errors_beside_the_fields()
    {
        var page = await _client.GetStringAsync("/requests/delete");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await _client.PostAsync("/requests/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["AccountId"] = "alice.demo", ["Email"] = "oops", ["FullName"] = "<b>Alice</b>",
        }));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the form page comes back with its errors");
        Assert.That(html, Does.Contain("Enter a valid email address"));
        Assert.That(html, Does.Contain("value=\"alice.demo\""));
        Assert.That(html, Does.Not.Contain("<b>Alice</b>"), "typed text is encoded, never echoed raw");
    }

    [Test]
    public async Task The_access_and_correction_forms_submit_and_confirm_with_a_reference()
    {
        var api = new DsarApi(_app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var access = await api.PostFormAsync("/requests/access", new()
        {
            ["AccountId"] = "chloe.demo", ["Email"] = "chloe@example.org", ["FullName"] = "Chloé Exemple", ["PostalCode"] = "75001", ["Country"] = "FR",
        });
        Assert.That(access.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(access.Headers.Location?.ToString(), Does.Match("/requests/submitted/DSR-[0-9A-Z]{10}$"));

        var correction = await api.PostFormAsync("/requests/correction", new()
        {
            ["AccountId"] = "chloe.demo", ["Email"] = "chloe@example.org", ["FullName"] = "Chloé Exemple",
            ["Changes[0].Field"] = "city", ["Changes[0].NewValue"] = "Lyon", ["Changes[0].Why"] = "I moved",
        });
        Assert.That(correction.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var nothing = await api.PostFormAsync("/requests/correction", new()
        {
            ["AccountId"] = "chloe.demo", ["Email"] = "chloe@example.org", ["FullName"] = "Chloé Exemple",
        });
        Assert.That(nothing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await nothing.Content.ReadAsStringAsync(), Does.Contain("List at least one field to correct"));
    }
}
