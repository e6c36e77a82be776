using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Records;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Records;

/// <summary>
/// The metrics on a seeded set of requests (written straight into the database; no workflow runs for them), checked against
/// figures worked out by hand. The clock stands at 2 Nov 2026 17:00 UTC; every instant below is 17:00 UTC, mid-morning in
/// the definitions' Los Angeles zone, so calendar days there are plain to count.
/// </summary>
public sealed class MetricsTests : AppTest
{
    static DateTime Day(int month, int day) => new(2026, month, day, 17, 0, 0, DateTimeKind.Utc);

    [SetUp]
    public Task SeedAsync() => App.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<DsarDbContext>();
        var catalog = services.GetRequiredService<DefinitionCatalog>();
        // access, answered in 7 days, on time
        Add(db, catalog, "DSR-M1", RequestType.Access, Day(9, 3), due: Day(10, 3), answered: (Day(9, 10), "access-ready"), closed: Day(9, 10), RequestOutcome.Fulfilled);
        // deletion, answered on 20 Sep, closed after the directory wait on 4 Oct: 24 days to close, on time
        Add(db, catalog, "DSR-M2", RequestType.Deletion, Day(9, 10), due: Day(10, 10), answered: (Day(9, 20), "deletion-reply"), closed: Day(10, 4), RequestOutcome.Fulfilled);
        // deletion denied after its due date: 35 days, late
        Add(db, catalog, "DSR-M3", RequestType.Deletion, Day(9, 15), due: Day(10, 15), answered: (Day(10, 20), ReviewActions.DenialTemplate), closed: Day(10, 20), RequestOutcome.Denied);
        // correction extended by 30 days and answered within the extension: 31 days, on time
        Add(db, catalog, "DSR-M4", RequestType.Correction, Day(10, 1), due: Day(11, 30), answered: (Day(11, 1), "correction-reply"), closed: Day(11, 1), RequestOutcome.Fulfilled,
            extendedByDays: 30);
        // open, due in two days
        var open = Add(db, catalog, "DSR-M5", RequestType.Access, Day(10, 5), due: Day(11, 4), answered: null, closed: null, outcome: null);
        // open and overdue
        var overdue = Add(db, catalog, "DSR-M6", RequestType.Deletion, Day(10, 20), due: Day(10, 30), answered: null, closed: null, outcome: null);
        // received before the range, open and overdue: counted as overdue now, not in the range
        Add(db, catalog, "DSR-M7", RequestType.Access, Day(8, 30), due: Day(9, 29), answered: null, closed: null, outcome: null);
        db.Incidents.Add(new Incident { RequestId = open.Request, InstanceId = open.Instance, Step = "export-from-stores", Cause = "billing keeps failing", RaisedAtUtc = Day(10, 6) });
        db.Incidents.Add(new Incident
        {
            RequestId = overdue.Request, InstanceId = overdue.Instance, Step = "erase-in-stores", Cause = "directory keeps failing", RaisedAtUtc = Day(10, 21),
            ResolvedAtUtc = Day(10, 22), Resolution = "retried",
        });
        await db.SaveChangesAsync();
    });

    [Test]
    public async Task The_metrics_api_gives_exactly_the_figures_worked_out_by_hand()
    {
        await Api.SignInAsync(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var metrics = (await Api.Client.GetFromJsonAsync<MetricsSnapshot>("/api/metrics?from=2026-09-01&to=2026-10-31&by=month"))!;

        Assert.That(metrics.Received, Is.EqualTo(6));
        Assert.That(metrics.Periods.Select(p => p.Start), Is.EqualTo(new[] { new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1) }));
        Assert.That(metrics.Periods[0].ByType, Is.EquivalentTo(new Dictionary<string, int> { ["access"] = 1, ["correction"] = 0, ["deletion"] = 2, ["appeal"] = 0, ["disclosures"] = 0 }));
        Assert.That(metrics.Periods[0].ByStatus, Is.EquivalentTo(new Dictionary<string, int> { ["fulfilled"] = 2, ["denied"] = 1 }));
        Assert.That(metrics.Periods[1].ByType, Is.EquivalentTo(new Dictionary<string, int> { ["access"] = 1, ["correction"] = 1, ["deletion"] = 1, ["appeal"] = 0, ["disclosures"] = 0 }));
        Assert.That(metrics.Periods[1].ByStatus, Is.EquivalentTo(new Dictionary<string, int> { ["fulfilled"] = 1, ["open"] = 2 }));
        Assert.That((metrics.Answered, metrics.AnsweredOnTime, metrics.OnTimeRate), Is.EqualTo((4, 3, 0.75)));
        // days to close: 7, 24, 31, 35
        Assert.That(metrics.Closed, Is.EqualTo(4));
        Assert.That(metrics.MedianDaysToClose, Is.EqualTo(27.5));
        Assert.That(metrics.Percentile90DaysToClose, Is.EqualTo(35));
        Assert.That(metrics.ExtensionsUsed, Is.EqualTo(1));
        Assert.That(metrics.OverdueNow, Is.EqualTo(2), "DSR-M6 and DSR-M7");
        Assert.That(metrics.OpenIncidents, Is.EqualTo(1));
    }

    [Test]
    public async Task A_request_whose_clock_is_paused_is_not_counted_overdue()
    {
        await App.InScopeAsync(services => services.GetRequiredService<DsarDbContext>().Requests.Where(r => r.Reference == "DSR-M7")
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.AwaitingRequesterSinceUtc, Day(9, 20))));
        await Api.SignInAsync(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var metrics = (await Api.Client.GetFromJsonAsync<MetricsSnapshot>("/api/metrics?from=2026-09-01&to=2026-10-31&by=month"))!;
        Assert.That(metrics.OverdueNow, Is.EqualTo(1), "DSR-M6 only: DSR-M7 waits on its requester under a definition that pauses");
    }

    [Test]
    public async Task Weeks_start_on_monday_and_empty_weeks_are_listed()
    {
        await Api.SignInAsync(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var metrics = (await Api.Client.GetFromJsonAsync<MetricsSnapshot>("/api/metrics?from=2026-09-01&to=2026-09-14&by=week"))!;
        Assert.That(metrics.Periods.Select(p => (p.Start, p.Total)), Is.EqualTo(new[]
        {
            (new DateOnly(2026, 8, 31), 1), (new DateOnly(2026, 9, 7), 1), (new DateOnly(2026, 9, 14), 0),
        }));
        Assert.That(metrics.Received, Is.EqualTo(2));
    }

    [Test]
    public async Task The_metrics_api_answers_403_to_an_agent_401_anonymous_and_400_to_a_bad_range()
    {
        var anonymous = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.That((await anonymous.GetAsync("/api/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await Api.SignInAsync(StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await Api.Client.GetAsync("/api/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        await Api.SignInAsync(StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        Assert.That((await Api.Client.GetAsync("/api/metrics?by=year")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Api.Client.GetAsync("/api/metrics?from=yesterday")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_metrics_page_draws_its_charts_as_svg_with_text_alternatives_and_lists_the_figures()
    {
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var response = await auditor.GetAsync("/audit/metrics?from=2026-09-01&to=2026-10-31&by=month");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await response.Content.ReadAsStringAsync();
        Assert.That(page, Does.Contain("<svg role=\"img\" aria-labelledby=\"by-type-title by-type-desc\""));
        Assert.That(page, Does.Contain("<desc id=\"by-type-desc\">Sep 2026: 3 (access 1, deletion 2); Oct 2026: 3 (access 1, correction 1, deletion 1).</desc>"));
        Assert.That(page, Does.Contain("<desc id=\"by-status-desc\">Sep 2026: 3 (fulfilled 2, denied 1); Oct 2026: 3 (open 2, fulfilled 1).</desc>"));
        Assert.That(page, Does.Contain("<th scope=\"row\">Median days to close</th><td>27.5</td>"));
        Assert.That(page, Does.Contain("<th scope=\"row\">Answered on time</th><td>3 (75%)</td>"));

        var agent = await StaffBrowser.SignedInAsync(App, StaffBrowser.AgentEmail, StaffBrowser.AgentPassword);
        Assert.That((await agent.GetAsync("/audit/metrics")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    static (Guid Request, Guid Instance) Add(DsarDbContext db, DefinitionCatalog catalog, string reference, RequestType type, DateTime received, DateTime due,
        (DateTime At, string Template)? answered, DateTime? closed, RequestOutcome? outcome, int? extendedByDays = null)
    {
        var definition = catalog.CurrentFor(type.Key())!;
        var request = new DsarRequest
        {
            Reference = reference, Type = type, Channel = "web", AccountId = reference, SubmittedEmail = "someone@example.com", SubmittedName = "Some One",
            ReceivedAtUtc = received, InitialDueAtUtc = due, DueAtUtc = due, VerifiedAtUtc = received.AddHours(1), Outcome = outcome, ClosedAtUtc = closed,
            ExtendedAtUtc = extendedByDays is null ? null : received.AddDays(2), ExtendedByDays = extendedByDays,
            DenialCode = outcome == RequestOutcome.Denied ? DenialCodes.InsufficientVerification : null,
        };
        if (type == RequestType.Correction) request.Corrections = [new CorrectionItem("city", "Oakland", "moved", Accepted: true)];
        var instance = new WorkflowInstance
        {
            RequestId = request.Id, DefinitionId = definition.Id, DefinitionVersion = definition.Version, StepIndex = 1, CurrentStep = definition.Steps[1].Name,
            Status = closed is null ? InstanceStatus.Waiting : InstanceStatus.Completed, BookmarkKind = BookmarkKind.Signal, BookmarkKey = "metrics-test",
            CreatedAtUtc = received, UpdatedAtUtc = received,
        };
        db.Requests.Add(request);
        db.Instances.Add(instance);
        if (answered is { } answer)
        {
            db.OutgoingEmails.Add(new OutgoingEmail
            {
                RequestId = request.Id, Template = answer.Template, To = "someone@example.com", Subject = "answer", TextBody = "answer", HtmlBody = "answer",
                CreatedAtUtc = answer.At, SentAtUtc = answer.At,
            });
        }
        return (request.Id, instance.Id);
    }
}
