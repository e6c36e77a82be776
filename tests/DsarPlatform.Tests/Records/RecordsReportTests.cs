using System.Net;
using System.Net.Http.Json;
using System.Text;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Records;
using DsarPlatform.Workflows.Requests;

namespace DsarPlatform.Tests.Records;

/// <summary>The auditors' records report (CCPA §7101): the CSV lists, field by field, the requests received in a range.</summary>
public sealed class RecordsReportTests : AppTest
{
    static readonly string[] Header =
        ["reference", "received", "type", "channel", "verified", "response_date", "response_kind", "denial_ground", "extended", "extension_days", "days_taken"];

    [Test, CancelAfter(180_000)]
    public async Task The_records_csv_lists_two_months_of_requests_field_by_field()
    {
        var received = App.Clock.GetUtcNow().UtcDateTime; // 2 Nov 2026, 09:00 in the definitions' Los Angeles zone
        var deletion = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var access = await Api.SubmitAsync(new
        {
            type = "access", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555 555 0199", ["postalCode"] = "10001" },
        });
        var denied = await Api.SubmitDeletionAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");
        await App.WaitForQuietAsync();

        // Within the links' 24 hours, the next day in Los Angeles: Alice confirms and her data is erased and answered; Bob confirms, falls short and an agent verifies him.
        App.Clock.Advance(TimeSpan.FromHours(20));
        var answered = App.Clock.GetUtcNow().UtcDateTime;
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(deletion));
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(access));
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        await Api.WaitForRequestAsync(access, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "Bob's hand-over to an agent");
        var verify = await Api.Client.PostAsJsonAsync($"/api/requests/{access}/verify", new { note = "Called the number on record." });
        Assert.That(verify.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await Api.WaitForRequestAsync(access, r => r.Status == "Completed", "Bob's access package");
        await Api.WaitForRequestAsync(deletion, r => r.CurrentStep == "directory-propagation", "Alice's reply");

        // Two days after receipt Chloé's request is denied.
        App.Clock.Advance(TimeSpan.FromDays(1));
        var deniedAt = App.Clock.GetUtcNow().UtcDateTime;
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        var deny = await Api.Client.PostAsJsonAsync($"/api/requests/{denied}/deny",
            new { code = DenialCodes.ManifestlyUnfoundedOrExcessive, note = "Fifth request this week." });
        Assert.That(deny.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        // Alice's deletion completes after the directory wait.
        App.Clock.Advance(TimeSpan.FromDays(14));
        await App.SweepTimersAsync();
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        await Api.WaitForRequestAsync(deletion, r => r.Status == "Completed", "Alice's completed deletion");

        // December: Bob asks for deletion, and an agent extends it the next day.
        App.Clock.AdjustTime(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero));
        var decemberReceived = App.Clock.GetUtcNow().UtcDateTime;
        var extended = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForQuietAsync();
        App.Clock.Advance(TimeSpan.FromDays(1));
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        var extend = await Api.Client.PostAsJsonAsync($"/api/requests/{extended}/extend", new { days = 30, reason = "Many systems to search." });
        Assert.That(extend.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var november = new[]
        {
            Row(deletion, received, "deletion", RecordWords.EmailLink, answered, RecordWords.Fulfilled, "", "no", "", "1"),
            Row(access, received, "access", RecordWords.Agent, answered, RecordWords.Fulfilled, "", "no", "", "1"),
            Row(denied, received, "deletion", RecordWords.NotVerified, deniedAt, RecordWords.Denied, DenialCodes.ManifestlyUnfoundedOrExcessive, "no", "", "2"),
        }.OrderBy(r => r[0], StringComparer.Ordinal);
        var december = Row(extended, decemberReceived, "deletion", RecordWords.NotVerified, null, "", "", "yes", "30", "");

        var both = await CsvAsync(auditor, "from=2026-11-01&to=2026-12-31");
        Assert.That(both, Is.EqualTo(new[] { Header }.Concat(november).Append(december).ToList()));
        Assert.That(await CsvAsync(auditor, "from=2026-12-01&to=2026-12-31"), Is.EqualTo(new[] { Header, december }));
    }

    [Test]
    public async Task Cells_a_spreadsheet_would_run_are_neutralised_and_commas_and_quotes_are_quoted()
    {
        var row = new RecordRow
        {
            Reference = "=HYPERLINK(\"http://evil.example\")", ReceivedAtUtc = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            Type = RequestType.Access, Channel = "+1,2", Verified = "-3", ResponseKind = "@SUM(A1)", DenialCode = "a \"quoted\" code",
        };
        using var output = new MemoryStream();
        await RecordsCsv.WriteAsync(AsAsync(row), output, CancellationToken.None);
        var text = Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');

        Assert.That(text, Does.Contain("\"'=HYPERLINK(\"\"http://evil.example\"\")\",2026-01-02T03:04:05Z,access,\"'+1,2\",\"'-3\",,\"'@SUM(A1)\",\"a \"\"quoted\"\" code\",no,,\r\n"));
        var cells = CsvText.Parse(text)[1];
        Assert.That(cells.Where(c => c.Length > 0).Select(c => c[0]), Has.None.AnyOf('=', '+', '-', '@'));
    }

    [Test]
    public async Task A_range_that_cannot_be_read_is_refused_with_400_naming_the_field()
    {
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var wrong = await auditor.GetAsync("/audit/records.csv?from=2026-13-01&to=2026-12-31");
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("from"));
        var backwards = await auditor.GetAsync("/audit/records?from=2026-12-31&to=2026-12-01");
        Assert.That(backwards.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await backwards.Content.ReadAsStringAsync(), Does.Contain("role=\"alert\"").And.Contain("must not be before"));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_records_page_shows_the_rows_and_links_the_csv_for_auditors_only()
    {
        var reference = await Api.SubmitDeletionAsync("alice.demo", "alice@example.com", "Alice Example");
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var page = await (await auditor.GetAsync("/audit/records?from=2026-11-01&to=2026-11-30")).Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain($"<th scope=\"row\">{reference}</th>").And.Contain("/audit/records.csv?from=2026-11-01&amp;to=2026-11-30"));

        var agent = await StaffBrowser.SignedInAsync(App, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await agent.GetAsync("/audit/records?from=2026-11-01&to=2026-11-30")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await agent.GetAsync("/audit/records.csv?from=2026-11-01&to=2026-11-30")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    static string[] Row(string reference, DateTime received, string type, string verified, DateTime? response, string kind, string denial,
        string extended, string extensionDays, string daysTaken) =>
        [reference, Instant(received), type, "api", verified, response is { } at ? Instant(at) : "", kind, denial, extended, extensionDays, daysTaken];

    static string Instant(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    static async Task<List<List<string>>> CsvAsync(StaffBrowser auditor, string query)
    {
        var response = await auditor.GetAsync($"/audit/records.csv?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        return CsvText.Parse(Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF'));
    }

    static async IAsyncEnumerable<RecordRow> AsAsync(RecordRow row)
    {
        await Task.Yield();
        yield return row;
    }
}
