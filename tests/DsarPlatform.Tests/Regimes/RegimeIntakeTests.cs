using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DsarPlatform.Tests.Staff;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Regimes;

/// <summary>
/// Intake chooses the regime from the stated residence and dates the request by it; the first step lets the account record
/// fill in; the regime and why are journaled, shown on the case page and in the staff API.
/// </summary>
public sealed class RegimeIntakeTests
{
    DsarApp _app = null!;
    DsarApi _requester = null!;
    DsarApi _agent = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _app = new DsarApp();
        _requester = new DsarApi(_app.CreateClient());
        _agent = await StaffRequests.AgentAsync(_app);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        _app.DeleteDataFolder();
    }

    [Test, CancelAfter(60_000)]
    public async Task A_californian_is_due_45_calendar_days_after_receipt_at_the_end_of_that_day_in_los_angeles()
    {
        var reference = await _requester.SubmitAsync(Deletion("alice.demo", "alice@example.com", "Alice Example", ("country", "US"), ("state", "CA")));

        var request = await _agent.RequestAsync(reference);

        Assert.That((request.Regime, request.RegimeName, request.RegimeReason), Is.EqualTo(("ccpa", "California (CCPA)", "stated residence US-CA")));
        Assert.That(request.DueAtUtc, Is.EqualTo(EndOfLocalDay(request.ReceivedAtUtc, "America/Los_Angeles", d => d.AddDays(45))));
        Assert.That(request.Journal.Where(j => j.Event == "RegimeSelected").Select(j => j.Detail), Is.EqualTo(new[] { "ccpa: stated residence US-CA" }));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_french_resident_is_due_one_calendar_month_after_receipt_in_the_gdpr_time_zone()
    {
        var reference = await _requester.SubmitAsync(Deletion("nobody.fr", "personne@example.net", "Personne Exemple", ("country", "FR")));

        var request = await _agent.RequestAsync(reference);

        Assert.That((request.Regime, request.RegimeReason), Is.EqualTo(("gdpr", "stated residence FR")));
        Assert.That(request.DueAtUtc, Is.EqualTo(EndOfLocalDay(request.ReceivedAtUtc, "Europe/Luxembourg", d => d.AddMonths(1))));
    }

    [Test, CancelAfter(90_000)]
    public async Task With_nothing_stated_the_account_record_fills_in_and_the_due_date_follows_from_the_same_receipt()
    {
        var reference = await _requester.SubmitAsync(Deletion("chloe.demo", "chloe@example.org", "Chloé Exemple"));
        Assert.That((await _agent.RequestAsync(reference)).Regime, Is.EqualTo("company"), "intake knows no residence yet");

        var request = await _agent.WaitForRequestAsync(reference, r => r.Regime == "gdpr", "the record's country to choose the regime");

        Assert.That(request.RegimeReason, Is.EqualTo("account record FR"));
        var due = EndOfLocalDay(request.ReceivedAtUtc, "Europe/Luxembourg", d => d.AddMonths(1));
        Assert.That(request.DueAtUtc, Is.EqualTo(due));
        Assert.That(request.Journal.Where(j => j.Event == "RegimeSelected").Select(j => j.Detail),
            Is.EqualTo(new[] { "company: no residence stated or on record", $"gdpr: account record FR; due {due:O}" }));
    }

    [Test, CancelAfter(90_000)]
    public async Task A_stated_residence_wins_over_a_record_elsewhere_and_the_disagreement_is_journaled()
    {
        var reference = await _requester.SubmitAsync(Deletion("bob.demo", "bob@example.com", "Bob Example", ("country", "DE")));

        var request = await _agent.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "AccountMatched"), "the first step");

        Assert.That(request.Regime, Is.EqualTo("gdpr"));
        Assert.That(request.Journal.Where(j => j.Event == "RegimeDisagreement").Select(j => j.Detail),
            Is.EqualTo(new[] { "stated residence DE (gdpr) and account record US (company) differ: the stated residence applies" }));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_case_page_shows_the_regime_and_why()
    {
        var reference = await _requester.SubmitAsync(Deletion("nobody.va", "nobody@example.net", "No Body", ("country", "US"), ("state", "VA")));
        var agent = await StaffRequests.SignedInAsync(_app, StaffRequests.AgentEmail, StaffRequests.AgentPassword);

        var page = await new RequestPage(agent, reference).ReadAsync();
        var queue = await agent.Client.GetStringAsync("/staff");

        Assert.That(page, Does.Contain("<dt>Rules (regime)</dt><dd id=\"regime\">Virginia (VCDPA), chosen from the stated residence US-VA</dd>"));
        Assert.That(page, Does.Contain("America/New_York"), "times in the regime's time zone");
        Assert.That(queue, Does.Contain("Virginia (VCDPA): stated residence US-VA"));
    }

    [TestCase("country", "XX", TestName = "An unknown country code gets 400 naming the country")]
    [TestCase("country", "France", TestName = "A country name instead of its code gets 400 naming the country")]
    [TestCase("state", "ZZ", TestName = "An unknown US state gets 400 naming the state")]
    public async Task An_unknown_residence_code_gets_400_naming_the_field(string field, string value)
    {
        var residence = field == "state" ? new[] { ("country", "US"), (field, value) } : [(field, value)];
        var response = await _requester.Client.PostAsJsonAsync("/api/requests", Deletion("alice.demo", "alice@example.com", "Alice Example", residence));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { field }));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_form_refuses_an_unknown_country_beside_the_field()
    {
        using var response = await _requester.PostFormAsync("/requests/delete", new()
        {
            ["Email"] = "alice@example.com", ["FullName"] = "Alice Example", ["Country"] = "XX",
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page, Does.Contain("<span class=\"error\" id=\"Country-error\">").And.Contain("Choose the country you live in from the list"));
        Assert.That(page, Does.Contain("<legend>Where you live</legend>").And.Contain("<option value=\"FR\">France</option>"));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_form_takes_the_residence_from_its_selects()
    {
        using var response = await _requester.PostFormAsync("/requests/delete", new()
        {
            ["Email"] = "nobody@example.net", ["FullName"] = "No Body", ["Country"] = "US", ["State"] = "CA",
        });
        var reference = response.RequestMessage!.RequestUri!.Segments[^1];

        Assert.That((await _agent.RequestAsync(reference)).Regime, Is.EqualTo("ccpa"));
    }

    static object Deletion(string accountId, string email, string fullName, params (string Key, string Value)[] dataPoints) =>
        new { type = "deletion", accountId, email, fullName, dataPoints = dataPoints.ToDictionary(p => p.Key, p => p.Value) };

    /// <summary>The last instant of the local day <paramref name="add"/> reaches from the local day of receipt.</summary>
    static DateTime EndOfLocalDay(DateTime receivedUtc, string zone, Func<DateTime, DateTime> add)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var localDay = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(receivedUtc, DateTimeKind.Utc), tz).Date;
        return TimeZoneInfo.ConvertTimeToUtc(add(localDay).AddDays(1), tz).AddTicks(-1);
    }
}
