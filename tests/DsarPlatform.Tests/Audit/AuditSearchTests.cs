using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Audit;
using DsarPlatform.Workflows.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Audit;

/// <summary>
/// The auditors' search over three requests received on different days by different channels, one of them denied: each
/// filter keeps exactly the requests it names, and bad values answer 400 with what to fix.
/// </summary>
[TestFixture, CancelAfter(180_000)]
public sealed partial class AuditSearchTests
{
    DsarApp _app = null!;
    StaffBrowser _auditor = null!;
    string _aliceDeletionByApi = "", _bobAccessDenied = "", _bobDeletionByPhone = "";

    [OneTimeSetUp]
    public async Task SeedAsync()
    {
        // Timers fire only when this set-up sweeps them, not whenever the recurring sweep happens to run: which requests are
        // open, waiting or closed is then the same on a quiet machine and a loaded one.
        _app = new DsarApp(settings: new Dictionary<string, string?> { ["Workflows:SweepCron"] = "0 0 1 1 *" });
        var api = new DsarApi(_app.CreateClient());
        _aliceDeletionByApi = await api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example"); // 2 Nov
        // Confirmed at once, so it waits out the directory's two weeks rather than closing unconfirmed when its link expires.
        await api.ConfirmAsync(await api.VerificationLinkAsync(_aliceDeletionByApi));
        _app.Clock.Advance(TimeSpan.FromDays(3));
        _bobAccessDenied = await api.SubmitAsync(new { type = "access", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example", dataPoints = new { } }); // 5 Nov
        _app.Clock.Advance(TimeSpan.FromDays(3));
        var agentPages = new DsarApi(_app.CreateClient());
        await agentPages.SignInWithCookieAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        var intake = await agentPages.SubmitFormAsync("/staff/intake", new()
        {
            ["Type"] = "deletion", ["Channel"] = "phone", ["AccountId"] = "bob.demo", ["Email"] = "bob@example.com", ["FullName"] = "Bob Example",
        }); // 8 Nov
        _bobDeletionByPhone = Regex.Match(intake, "<span class=\"reference\">([^<]+)</span>").Groups[1].Value;
        await api.ConfirmAsync(await api.VerificationLinkAsync(_bobDeletionByPhone));
        await _app.WaitForQuietAsync();

        _app.Clock.Advance(TimeSpan.FromDays(1)); // 9 Nov
        var agent = new DsarApi(_app.CreateClient());
        await agent.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        using var denied = await agent.Client.PostAsJsonAsync($"/api/requests/{_bobAccessDenied}/deny", new { code = "duplicate" });
        Assert.That(denied.IsSuccessStatusCode, await denied.Content.ReadAsStringAsync());
        // Every timer due by now fires before the searches, as it would sooner or later: the results do not depend on when the sweep runs.
        await _app.SweepTimersAsync();
        await _app.WaitForQuietAsync();
        _auditor = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [TestCase("type=deletion", "alice-api", "bob-phone")]
    [TestCase("type=access", "bob-denied")]
    [TestCase("channel=phone", "bob-phone")]
    [TestCase("channel=api", "alice-api", "bob-denied")]
    [TestCase("outcome=denied", "bob-denied")]
    [TestCase("outcome=fulfilled", "alice-api", "bob-phone")] // answered; the directory's two weeks still run
    [TestCase("status=waiting", "alice-api", "bob-phone")]
    [TestCase("receivedFrom=2026-11-05&receivedTo=2026-11-05", "bob-denied")]
    [TestCase("receivedFrom=2026-11-03", "bob-denied", "bob-phone")]
    [TestCase("receivedTo=2026-11-05", "alice-api", "bob-denied")]
    [TestCase("closedFrom=2026-11-09&closedTo=2026-11-09", "bob-denied")]
    [TestCase("closedTo=2026-11-08")]
    [TestCase("type=deletion&channel=api", "alice-api")]
    public async Task Each_filter_keeps_exactly_the_requests_it_names(string query, params string[] expected)
    {
        using var response = await _auditor.GetAsync($"/audit?{query}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page);
        Assert.That(Found(page), Is.EquivalentTo(expected.Select(Reference)));
    }

    [Test]
    public async Task A_reference_or_its_start_finds_that_request_in_any_case()
    {
        var whole = Found(await _auditor.Client.GetStringAsync($"/audit?reference={_bobDeletionByPhone.ToLowerInvariant()}"));
        var start = Found(await _auditor.Client.GetStringAsync($"/audit?reference={_bobDeletionByPhone[..^1]}"));

        Assert.That(whole, Is.EqualTo(new[] { _bobDeletionByPhone }));
        Assert.That(start, Does.Contain(_bobDeletionByPhone));
    }

    [Test]
    public async Task Results_are_newest_received_first_and_show_no_name_or_email()
    {
        var page = await _auditor.Client.GetStringAsync("/audit?type=");

        Assert.That(Found(page), Is.EqualTo(new[] { _bobDeletionByPhone, _bobAccessDenied, _aliceDeletionByApi }));
        Assert.That(page, Does.Not.Contain("Bob Example").And.Not.Contain("bob@example.com").And.Not.Contain("alice"));
        Assert.That(page, Does.Contain("<th scope=\"col\">Reference</th>").And.Contain("<th scope=\"row\">"));
    }

    [Test]
    public async Task Keyset_pages_go_through_every_match_once_newest_first()
    {
        var seen = new List<string>();
        QueueCursor? after = null;
        do
        {
            var page = await _app.InScopeAsync(services => services.GetRequiredService<AuditSearch>()
                .ReadAsync(new AuditFilter { PageSize = 2, After = after }, CancellationToken.None));
            Assert.That(page.Rows, Has.Count.LessThanOrEqualTo(2));
            seen.AddRange(page.Rows.Select(r => r.Reference));
            after = page.Next;
        }
        while (after is not null);

        Assert.That(seen, Is.EqualTo(new[] { _bobDeletionByPhone, _bobAccessDenied, _aliceDeletionByApi }));
    }

    [Test]
    public async Task A_cursor_continues_the_search_after_that_row_with_the_same_filters()
    {
        var cursor = new QueueCursor(DsarApp.DefaultStart.UtcDateTime.AddDays(4), Guid.Empty);

        var page = await _auditor.Client.GetStringAsync($"/audit?type=deletion&cursor={cursor}");

        Assert.That(Found(page), Is.EqualTo(new[] { _aliceDeletionByApi }), "only what was received before the cursor");
    }

    [TestCase("receivedFrom=2026-13-01", "receivedFrom", "A date as yyyy-MM-dd.")]
    [TestCase("closedFrom=2026-11-09&closedTo=2026-11-01", "closedTo", "Must not be before the start of the range.")]
    [TestCase("status=lost", "status", "One of: running, waiting")]
    [TestCase("outcome=7", "outcome", "One of: fulfilled")]
    [TestCase("type=erase", "type", "One of: access, correction, deletion, appeal, disclosures.")]
    [TestCase("channel=fax", "channel", "One of: web, api, phone, post, email, authorized-agent.")]
    [TestCase("cursor=abc", "cursor", "Not a link from a previous page")]
    [TestCase("reference=DSR-0123456789ABCDEF", "reference", "At most 16 characters.")]
    public async Task A_bad_value_answers_400_naming_the_field_and_what_to_fix(string query, string field, string message)
    {
        using var response = await _auditor.GetAsync($"/audit?{query}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("role=\"alert\"").And.Contain($"href=\"#search-{field}\"").And.Contain(WebUtility.HtmlEncode(message)));
        Assert.That(page, Does.Contain("<title>Error: "));
    }

    [Test]
    public async Task A_denied_request_s_history_shows_the_steps_it_never_reached()
    {
        var page = await _auditor.Client.GetStringAsync($"/audit/requests/{_bobAccessDenied}");

        Assert.That(page, Does.Contain("class=\"step taken\"").And.Contain("class=\"step not-reached\""));
        Assert.That(page, Does.Contain("Denied (denial code duplicate)"));
        Assert.That(page, Does.Contain("Request denied").And.Contain("(Agent)"), "the denial is a staff decision, with the agent's id and role");
    }

    [Test]
    public async Task Agents_and_administrators_get_403_on_the_audit_pages_and_anonymous_callers_are_sent_to_sign_in()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        var admin = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AdminEmail, StaffBrowser.AdminPassword);
        var anonymous = new StaffBrowser(_app);

        foreach (var path in new[] { "/audit", "/audit?type=deletion", $"/audit/requests/{_aliceDeletionByApi}" })
        {
            Assert.That((await agent.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"agent {path}");
            Assert.That((await admin.GetAsync(path)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"admin {path}");
            Assert.That(StaffBrowser.IsSignInRedirect(await anonymous.GetAsync(path)), $"anonymous {path}");
        }
    }

    [Test]
    public async Task Auditors_find_the_audit_console_in_the_navigation_and_agents_do_not()
    {
        var agent = await StaffBrowser.SignedInAsync(_app, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);

        Assert.That(await _auditor.Client.GetStringAsync("/staff"), Does.Contain("<a href=\"/audit\">"));
        Assert.That(await agent.Client.GetStringAsync("/staff"), Does.Not.Contain("<a href=\"/audit\">"));
    }

    string Reference(string name) => name switch
    {
        "alice-api" => _aliceDeletionByApi,
        "bob-denied" => _bobAccessDenied,
        "bob-phone" => _bobDeletionByPhone,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    static List<string> Found(string page) => ResultLink().Matches(page).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<th scope=\"row\"><a href=\"/audit/requests/([^\"]+)\">")]
    private static partial Regex ResultLink();
}
