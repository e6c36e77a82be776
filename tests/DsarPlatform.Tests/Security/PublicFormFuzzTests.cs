using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// #16 finding 5: every public form gets generated bodies (random, missing and duplicated fields, odd values, long strings,
/// unicode, wrong types, broken encodings) and never answers 5xx. The seed is printed on failure; set FUZZ_SEED to replay.
/// </summary>
public sealed partial class PublicFormFuzzTests
{
    const int BodiesPerForm = 1000;

    static readonly string[] IdentityFields =
        ["AccountId", "Email", "FullName", "Phone", "PostalCode", "Country", "DateOfBirth", "CardLastFour", "SignedDeclaration"];

    DsarApp _app = null!;
    HttpClient _client = null!;
    string _antiforgery = "";

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = new DsarApp(settings: new Dictionary<string, string?> { ["Security:RateLimits:PublicPostsPerWindow"] = "1000000" });
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        _antiforgery = AntiforgeryField().Match(await _client.GetStringAsync("/requests/access")).Groups[1].Value;
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    static IEnumerable<TestCaseData> Forms()
    {
        TestCaseData Form(string name, string path, params string[] fields) => new TestCaseData(path, fields).SetName($"Fuzzed_{name}_form_never_answers_5xx");
        yield return Form("access", "/requests/access", IdentityFields);
        yield return Form("deletion", "/requests/delete", IdentityFields);
        yield return Form("disclosures", "/requests/disclosures", IdentityFields);
        yield return Form("correction", "/requests/correction",
            [.. IdentityFields, "Changes[0].Field", "Changes[0].NewValue", "Changes[0].Why", "Changes[1].Field", "Changes[2].NewValue",
                "Changes[3].Field", "Changes[1023].Field", "Changes[99999].Why", "Changes.index", "Changes[-1].Field", "Changes"]);
        yield return Form("verify", "/verify/{token}");
        yield return Form("status_link", "/status/{token}");
        yield return Form("status_new_link", "/status/{token}?handler=NewLink");
        yield return Form("status_answer", "/status?handler=Answer", "Answer");
        yield return Form("download_send_code", "/download/{token}?handler=SendCode", "Code");
        yield return Form("download_code", "/download/{token}?handler=Download", "Code");
    }

    [TestCaseSource(nameof(Forms)), CancelAfter(300_000)]
    public async Task Fuzzed_form_never_answers_5xx(string path, string[] fields)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var fixedSeed) ? fixedSeed : Random.Shared.Next();
        var generator = new FormBodyGenerator(new Random(seed), fields, _antiforgery);
        var failures = new List<string>();
        for (var i = 0; i < BodiesPerForm; i++)
        {
            var (target, body) = (generator.Path(path), generator.Body());
            using var response = await _client.PostAsync(target, body.Content());
            if ((int)response.StatusCode >= 500)
                failures.Add($"#{i} {(int)response.StatusCode} POST {Excerpt(target)} [{body.ContentType}] {Excerpt(body.Text)}");
            else if (response.StatusCode == HttpStatusCode.BadRequest && !(await response.Content.ReadAsStringAsync()).Contains("role=\"alert\""))
                failures.Add($"#{i} 400 without an error a screen reader announces: POST {Excerpt(target)} {Excerpt(body.Text)}");
        }
        Assert.That(failures, Is.Empty, $"FUZZ_SEED={seed} replays this run; first failures:\n{string.Join("\n", failures.Take(10))}");
    }

    static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
