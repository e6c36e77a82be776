using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Staff;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DsarPlatform.Tests.Security;

/// <summary>
/// The role × endpoint × object matrix, generated from the running app's route table: a route added tomorrow is
/// checked tomorrow, and an unprotected one fails here unless it is on the short public list below. Page actions that
/// the folder admits auditors to (they read the same pages) are posted as an auditor with a valid antiforgery token,
/// handler by handler: auditors read, never act, so each must answer 403. The audit console (/audit) admits auditors
/// only, which the matrix checks for agents and administrators like any other route.
/// </summary>
[TestFixture, CancelAfter(300_000)]
public class StaffRouteMatrixTests
{
    /// <summary>
    /// Routes anyone may call: the request forms and intake, the requester's links, sign-in, Development's tools, the
    /// health probes (load balancers and orchestrators call them without credentials) and the API document (it describes
    /// the public API; the staff operations in it still need a token). The Data Rights Protocol's /v1 routes authenticate
    /// authorized agents their own way (signed bodies, the set-up's bearer token), and /drp/verify is the page an agent sends
    /// the user to (section 3.02.1): tests/Drp checks them.
    /// </summary>
    static readonly (string Path, string? Method)[] Public =
    [
        ("/", null), ("/Index", null), ("/requests/access", null), ("/requests/delete", null), ("/requests/correction", null),
        ("/requests/disclosures", null),
        ("/requests/submitted/{reference}", null), ("/api/requests", "POST"),
        ("/verify/{token}", null), ("/status", null), ("/status/{token}", null), ("/download/{token}", null),
        ("/Account/*", null), ("/api/auth/login", null), ("/api/dev/*", null), ("/dev/mail", null), ("/favicon.ico", null),
        ("/health/live", "GET"), ("/health/ready", "GET"), ("/openapi/{documentName}.json", "GET"), ("/v1/*", null),
        ("/drp/verify/{id:guid}", null),
    ];

    static readonly Dictionary<string, (string Email, string Password)> Accounts = new()
    {
        [StaffRoles.Agent] = (StaffBrowser.AgentEmail, StaffBrowser.AgentPassword),
        [StaffRoles.Auditor] = (StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword),
        [StaffRoles.Admin] = (StaffBrowser.AdminEmail, StaffBrowser.AdminPassword),
    };

    DsarApp _app = null!;

    [OneTimeSetUp]
    public void Start() => _app = new DsarApp(settings: new Dictionary<string, string?>
    {
        // The staff actions share the public POST limit per address; this many calls from one address is the test, not an attack.
        ["Security:RateLimits:PublicPostsPerWindow"] = "100000",
    });

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test]
    public async Task Every_staff_route_refuses_anonymous_callers_other_roles_and_other_requests_objects()
    {
        var api = new DsarApi(_app.CreateClient());
        var values = await RouteValues.SeedAsync(_app, api);
        var routes = await StaffRoute.ReadAllAsync(_app.Services);
        var anonymous = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var pages = new Dictionary<string, HttpClient>();
        var auditor = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var auditorActions = 0;
        var apis = new Dictionary<string, HttpClient>();
        foreach (var (role, (email, password)) in Accounts)
        {
            pages[role] = (await StaffBrowser.SignedInAsync(_app, email, password)).Client;
            var bearer = new DsarApi(_app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
            await bearer.SignInAsync(email, password);
            apis[role] = bearer.Client;
        }

        var failures = new List<string>();
        var checkedRoutes = 0;
        foreach (var route in routes)
        {
            var methods = route.Methods.Where(m => !IsPublic(route, m)).ToList();
            if (methods.Count == 0) continue;
            if (values.Unknown(route).ToList() is { Count: > 0 } unknown)
            {
                failures.Add($"{route}: no value for parameter(s) {string.Join(", ", unknown)}; add them to RouteValues");
                continue;
            }
            if (route.AllowedRoles is null)
            {
                failures.Add($"{route}: no authorization metadata, and not on the public list");
            }
            checkedRoutes++;
            var url = values.Url(route);
            foreach (var method in methods)
            {
                var answer = await SendAsync(anonymous, method, url, route.IsApi);
                var refused = route.IsApi ? answer.StatusCode == HttpStatusCode.Unauthorized : StaffBrowser.IsSignInRedirect(answer);
                if (!refused) failures.Add($"{method} {url} anonymous: {(int)answer.StatusCode} {answer.Headers.Location}, expected {(route.IsApi ? "401" : "a redirect to /Account/Login")}");

                foreach (var role in StaffRoles.All.Except(route.AllowedRoles ?? StaffRoles.All))
                {
                    var asRole = await SendAsync(route.IsApi ? apis[role] : pages[role], method, url, route.IsApi);
                    if (asRole.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{method} {url} as {role}: {(int)asRole.StatusCode}, expected 403");
                }
            }

            if (route.AllowedRoles?.Contains(StaffRoles.Auditor) == true && !route.Path.StartsWith("/audit", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var handler in route.PostHandlers)
                {
                    auditorActions++;
                    using var answer = await auditor.PostAsync(url, handler.Length == 0 ? null : handler);
                    if (answer.StatusCode != HttpStatusCode.Forbidden) failures.Add($"POST {url}?handler={handler} as Auditor: {(int)answer.StatusCode}, expected 403");
                }
                if (route.IsApi)
                {
                    foreach (var method in methods.Where(m => m != "GET"))
                    {
                        auditorActions++;
                        var answer = await SendAsync(apis[StaffRoles.Auditor], method, url, isApi: true);
                        if (answer.StatusCode != HttpStatusCode.Forbidden) failures.Add($"{method} {url} as Auditor: {(int)answer.StatusCode}, expected 403");
                    }
                }
            }

            if (RouteValues.ObjectParameter(route) is { } foreign && route.AllowedRoles is { Count: > 0 } allowed)
            {
                var role = allowed.Contains(StaffRoles.Agent) ? StaffRoles.Agent : allowed[0];
                var method = route.IsApi ? methods[0] : "GET";
                var otherUrl = values.Url(route, foreign);
                var answer = await SendAsync(route.IsApi ? apis[role] : pages[role], method, otherUrl, route.IsApi);
                if (answer.StatusCode != HttpStatusCode.NotFound)
                    failures.Add($"{method} {otherUrl} as {role} ({foreign} of another request): {(int)answer.StatusCode}, expected 404");
            }
        }

        Assert.That(checkedRoutes, Is.GreaterThanOrEqualTo(10), "the route table was read");
        Assert.That(auditorActions, Is.GreaterThanOrEqualTo(10), "the page actions auditors can see were each posted");
        Assert.That(routes.Where(r => r.Path.StartsWith("/audit", StringComparison.OrdinalIgnoreCase)).Select(r => r.Path),
            Is.SupersetOf(new[] { "/audit", "/audit/requests/{reference}" }), "the audit console is in the matrix");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    static bool IsPublic(StaffRoute route, string method) => Public.Any(p =>
        (p.Method is null || p.Method == method) &&
        (p.Path.EndsWith("/*", StringComparison.Ordinal)
            ? route.Path.StartsWith(p.Path[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(route.Path, p.Path, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The call with a body any action accepts as well-formed (so a 404 or 403 is about the object or the role, not the body).
    /// </summary>
    static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, bool isApi)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            message.Content = isApi
                ? JsonContent.Create(new { days = 1, reason = "route matrix", note = "route matrix", message = "route matrix", text = "route matrix",
                    code = "duplicate", kind = "doneByHand", decisions = new[] { new { field = "postalCode", accept = false, reason = "route matrix" } } })
                : new FormUrlEncodedContent([]);
        }
        return client.SendAsync(message);
    }
}
