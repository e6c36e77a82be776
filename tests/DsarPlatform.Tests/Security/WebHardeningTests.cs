using System.Net;
using System.Net.Http.Json;
using System.Text;
using DsarPlatform.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Security;

/// <summary>Headers, limits and content rules the web host applies to everything, before any page or endpoint runs.</summary>
public sealed class WebHardeningTests
{
    const int PostsPerMinute = 3;
    DsarApp _app = null!;
    HttpClient _client = null!;

    [SetUp]
    public void StartApp()
    {
        _app = new DsarApp(settings: new Dictionary<string, string?>
        {
            ["Security:RateLimits:PublicPostsPerWindow"] = PostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Security:RateLimits:Window"] = "00:01:00",
        });
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [TearDown]
    public async Task StopApp()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [TestCase("/")]
    [TestCase("/requests/delete")]
    [TestCase("/api/requests/DSR-0000000000")]
    [TestCase("/no-such-page")]
    [CancelAfter(30_000)]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await _client.GetAsync(path);
        var headers = response.Headers;
        Assert.Multiple(() =>
        {
            Assert.That(headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self';").And.Contain("frame-ancestors 'none'"));
            Assert.That(headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
            Assert.That(headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("no-referrer"));
            Assert.That(headers.Contains("Permissions-Policy"));
        });
    }

    [Test, CancelAfter(30_000)]
    public async Task Public_posts_beyond_the_limit_get_429_with_Retry_After_until_the_window_passes()
    {
        for (var i = 0; i < PostsPerMinute; i++)
        {
            Assert.That((await SubmitAsync("bob.demo")).StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        }

        var refused = await SubmitAsync("bob.demo");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Too many attempts"));

        var form = await DeletionForm.PostAsync(_client, DeletionForm.Alice());
        Assert.That(form.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "the form shares the limit");
        Assert.That(await form.Content.ReadAsStringAsync(), Does.Contain("Too many attempts").And.Contain("<html"));
        var code = await _client.PostAsync("/download/any-link?handler=SendCode", new FormUrlEncodedContent([]));
        Assert.That(code.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "asking for download codes shares the limit");

        _app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await SubmitAsync("bob.demo")).StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "the window reopened");
    }

    [Test, CancelAfter(30_000)]
    public async Task Staff_actions_are_not_held_to_the_public_per_address_limit()
    {
        for (var i = 0; i < PostsPerMinute + 2; i++)
        {
            using var action = await _client.PostAsJsonAsync("/api/requests/DSR-NOPE0000/notes", new { text = "x" });
            Assert.That(action.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"staff action {i + 1}: refused for want of sign-in, never 429");
        }
        Assert.That((await SubmitAsync("bob.demo")).StatusCode, Is.EqualTo(HttpStatusCode.Accepted), "nor do they spend the public allowance");
    }

    [Test, CancelAfter(30_000)]
    public async Task An_oversized_api_body_gets_413_problem_details()
    {
        var body = JsonContent.Create(new { type = "deletion", email = "bob@example.com", fullName = new string('x', 70_000) });
        await body.LoadIntoBufferAsync();
        var response = await _client.PostAsync("/api/requests", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("larger than we accept").And.Not.Contain("xxxx"));
    }

    [Test, CancelAfter(30_000)]
    public async Task An_oversized_body_without_a_length_gets_413_too()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { type = "deletion", email = "bob@example.com", fullName = new string('x', 70_000) });
        var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var response = await _client.PostAsync("/api/requests", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test, CancelAfter(30_000)]
    public async Task An_oversized_form_gets_a_413_page()
    {
        var fields = DeletionForm.Alice();
        fields["FullName"] = new string('x', 70_000);
        var response = await DeletionForm.PostAsync(_client, fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Too large").And.Not.Contain("xxxx"));
    }

    [Test, CancelAfter(30_000)]
    public async Task The_api_refuses_a_form_encoded_post_with_415()
    {
        var response = await _client.PostAsync("/api/requests", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["type"] = "deletion", ["email"] = "bob@example.com", ["fullName"] = "Bob Example",
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));

        var plain = await _client.PostAsync("/api/requests", new StringContent("{\"type\":\"deletion\"}", Encoding.UTF8, "text/plain"));
        Assert.That(plain.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType), "text/plain is what a cross-site form could send");
    }

    [Test, CancelAfter(30_000)]
    public async Task The_deletion_form_without_its_antiforgery_token_gets_400_and_starts_nothing()
    {
        var response = await DeletionForm.PostAsync(_client, DeletionForm.Alice(), withToken: false);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("reload the page"));
        var requests = await _app.InScopeAsync(services =>
            Task.FromResult(services.GetRequiredService<DsarPlatform.Workflows.Data.DsarDbContext>().Requests.Count()));
        Assert.That(requests, Is.Zero);
    }

    [Test, CancelAfter(30_000)]
    public async Task Unknown_api_paths_answer_problem_details_without_internals()
    {
        var response = await _client.GetAsync("/api/requests/DSR-0000000000");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    Task<HttpResponseMessage> SubmitAsync(string accountId) =>
        _client.PostAsJsonAsync("/api/requests", new { type = "deletion", accountId, email = "someone@example.com", fullName = "Some One" });

    /// <summary>A body whose length the client cannot tell in advance, so it is sent without Content-Length.</summary>
    sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
