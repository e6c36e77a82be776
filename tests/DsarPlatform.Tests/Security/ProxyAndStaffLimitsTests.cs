using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// Finding 6 of issue 16: behind a proxy every client shared one bucket, staff shared the public's, forwarded headers were
/// not read (so in Production over the proxy's plain HTTP every form answered 500). A Production host behind a proxy at
/// a known address, clients behind it, and a stranger sending the same headers directly.
/// </summary>
[TestFixture, CancelAfter(120_000)]
public partial class ProxyAndStaffLimitsTests
{
    static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.2");
    static readonly IPAddress Stranger = IPAddress.Parse("192.0.2.50");
    const string PublicHost = "dsar.example.org";

    DsarApp _app = null!;

    [SetUp]
    public void Start() => _app = new DsarApp(environment: "Production", settings: new Dictionary<string, string?>
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy.ToString(),
        ["Security:RateLimits:PublicPostsPerWindow"] = "3",
    });

    [TearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task Behind_a_known_proxy_that_ended_TLS_the_forms_work()
    {
        var proxy = _app.CreateClientFrom(Proxy, cookies: false);
        var page = await proxy.SendAsync(Forwarded(HttpMethod.Get, "/Account/Login", "198.51.100.7"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK), "plain HTTP in Production used to answer 500 (antiforgery requires HTTPS)");
        Assert.That(page.Headers.Contains("Strict-Transport-Security"), "the request counts as HTTPS");
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.That(antiforgeryCookie, Does.Contain("secure"));

        var post = Forwarded(HttpMethod.Post, "/Account/Login", "198.51.100.7");
        post.Headers.Add("Cookie", antiforgeryCookie.Split(';')[0]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "nobody@example.org", ["password"] = "Wrong-Password-2026!",
            ["__RequestVerificationToken"] = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value,
        });
        var answer = await proxy.SendAsync(post);
        Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the form was accepted and the sign-in refused");
    }

    [Test]
    public async Task Clients_behind_a_known_proxy_each_get_their_own_bucket()
    {
        var proxy = _app.CreateClientFrom(Proxy, cookies: false);
        for (var i = 0; i < 3; i++) Assert.That((await PostIntakeAsync(proxy, "198.51.100.7")).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That((await PostIntakeAsync(proxy, "198.51.100.7")).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));

        Assert.That((await PostIntakeAsync(proxy, "198.51.100.8")).StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests),
            "another client behind the same proxy used to share the proxy's bucket");
    }

    [Test]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        var stranger = _app.CreateClientFrom(Stranger, cookies: false);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await PostIntakeAsync(stranger, $"198.51.100.{10 + i}")).StatusCode);
        Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.TooManyRequests), "a made-up X-Forwarded-For does not buy a fresh bucket");

        var page = await stranger.SendAsync(Forwarded(HttpMethod.Get, "/", "198.51.100.20"));
        Assert.That(page.Headers.Contains("Strict-Transport-Security"), Is.False, "a made-up X-Forwarded-Proto does not make the request HTTPS");
    }

    [Test]
    public async Task A_page_over_plain_HTTP_answers_426_saying_to_use_https_while_the_API_and_probes_still_answer()
    {
        var direct = _app.CreateClientFrom(Stranger, cookies: false);
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/requests/delete"), (HttpMethod.Get, "/Account/Login"), (HttpMethod.Post, "/requests/delete") })
        {
            using var request = new HttpRequestMessage(method, path) { Content = method == HttpMethod.Post ? new FormUrlEncodedContent([]) : null };
            var answer = await direct.SendAsync(request);
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.UpgradeRequired), $"{method} {path} (a form page) used to answer 500");
            Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("needs a secure connection").And.Contain("https://"));
        }

        Assert.That((await direct.GetAsync("/health/live")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "load balancers probe over plain HTTP");
        var api = await direct.PostAsJsonAsync("/api/requests", new { type = "deletion" });
        Assert.That((int)api.StatusCode, Is.InRange(400, 499).And.Not.EqualTo(426), "the JSON API sets no cookie and still answers (here: the missing fields)");
    }

    [Test]
    public async Task Signed_in_staff_have_their_own_limit_by_user_not_the_publics_by_address()
    {
        await using var app = new DsarApp(settings: new Dictionary<string, string?>
        {
            ["Security:RateLimits:PublicPostsPerWindow"] = "3",
            ["Security:RateLimits:StaffPostsPerWindow"] = "5",
        });
        try
        {
            var office = IPAddress.Parse("10.1.1.1");
            var agent = new DsarApi(app.CreateClientFrom(office));
            await agent.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
            var reference = await agent.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");

            // Anonymous posts from the office's address empty the public's bucket there (the agent's sign-in took one).
            var visitor = app.CreateClientFrom(office);
            var visitorAnswers = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++) visitorAnswers.Add((await visitor.PostAsJsonAsync("/api/requests", new { })).StatusCode);
            Assert.That(visitorAnswers[^1], Is.EqualTo(HttpStatusCode.TooManyRequests));

            // The submission above was the agent's first staff POST; four notes fill the agent's own bucket of five.
            var staffPosts = new List<HttpStatusCode>();
            for (var i = 0; i < 5; i++) staffPosts.Add((await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/notes", new { text = $"note {i}" })).StatusCode);
            Assert.That(staffPosts.Take(4), Has.None.EqualTo(HttpStatusCode.TooManyRequests), "the office's public bucket does not stop staff");
            Assert.That(staffPosts[4], Is.EqualTo(HttpStatusCode.TooManyRequests), "staff have a limit of their own, by user");
        }
        finally
        {
            app.DeleteDataFolder();
        }
    }

    static HttpRequestMessage Forwarded(HttpMethod method, string path, string client)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return request;
    }

    static Task<HttpResponseMessage> PostIntakeAsync(HttpClient client, string forwardedFor)
    {
        var request = Forwarded(HttpMethod.Post, "/api/requests", forwardedFor);
        request.Content = JsonContent.Create(new { type = "deletion" });
        return client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
