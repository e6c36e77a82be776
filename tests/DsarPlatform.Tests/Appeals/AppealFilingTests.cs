using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Requester;
using DsarPlatform.Tests.Staff;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Api;

namespace DsarPlatform.Tests.Appeals;

/// <summary>A denied requester appeals from the status page, once, within the policy's window; the appeal is a workflow of its own.</summary>
public sealed partial class AppealFilingTests : AppealTest
{
    [Test, CancelAfter(90_000)]
    public async Task Filing_an_appeal_starts_the_appeal_workflow_due_after_the_decision_period_and_journals_it_on_both_requests()
    {
        var (reference, requester, page) = await DeniedDeletionAsync();
        Assert.That(page, Does.Contain("Appeal this decision").And.Contain($"you can appeal until {StatusPageTests.LocalDate(EndOfLocalDay(App.Clock.GetUtcNow(), 45))}"));
        var filedAt = App.Clock.GetUtcNow();

        var filed = await AppealAsync(requester, "I asked only once.\r\nPlease look again.");

        Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var html = await filed.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("we have your appeal").And.Contain("We decide by").And.Not.Contain("Appeal this decision"));
        var denied = await DetailsAsync(reference);
        var appealReference = denied.Appeal!.AppealedBy!;
        var agent = await StaffRequests.AgentAsync(App);
        var appeal = await agent.WaitForRequestAsync(appealReference, r => r.Status == "Waiting", "the appeal's decision step");
        Assert.That((appeal.Type, appeal.DefinitionId, appeal.CurrentStep), Is.EqualTo(("appeal", "appeal", "decide-appeal")));
        Assert.That(appeal.DueAtUtc, Is.EqualTo(EndOfLocalDay(filedAt, 60)).Within(TimeSpan.FromMilliseconds(1)), "the decision period, to the end of the local day");
        Assert.That(html, Does.Contain(StatusPageTests.LocalDate(appeal.DueAtUtc)));
        Assert.That(appeal.Appeal, Is.EqualTo(new AppealView(reference, null, null, denied.Reasons.DenialReason, "I asked only once.\r\nPlease look again.", null)));
        Assert.That(appeal.Journal.Where(j => j.Event == "AppealFiled").Select(j => (j.Role, j.Detail)), Is.EqualTo(new[] { ("DataSubject", $"appeal of {reference}") }));
        Assert.That(denied.Journal.Where(j => j.Event == "AppealFiled").Select(j => (j.Role, j.Detail)), Is.EqualTo(new[] { ("DataSubject", $"appeal {appealReference}") }));
        Assert.That(denied.Status, Is.EqualTo("Completed"), "the denied request stays closed while its appeal runs");
        var receipt = (await requester.WaitForMailAsync(m => m.Subject.Contains($"We received your appeal {appealReference}"), "the appeal's receipt")).Single();
        Assert.That(receipt.To, Is.EqualTo("bob@example.com"), "to the email on record");
        Assert.That(receipt.Text, Does.Contain(reference).And.Contain($"by {StatusPageTests.LocalDate(appeal.DueAtUtc)}").And.Contain("/status/"));

        var queue = await agent.Client.GetFromJsonAsync<QueueListView>("/api/requests?type=appeal");
        Assert.That(queue!.Items.Select(i => (i.Reference, i.Type, i.WaitingFor)), Is.EqualTo(new[] { (appealReference, "appeal", "an agent to decide the appeal") }));
        Assert.That(await agent.Client.GetStringAsync("/staff"), Does.Contain("<option value=\"appeal\""), "the queue page filters appeals");
    }

    [Test, CancelAfter(90_000)]
    public async Task A_request_can_be_appealed_once_and_its_page_then_shows_the_appeal_instead_of_the_form()
    {
        var (reference, requester, _) = await DeniedDeletionAsync();
        Assert.That((await AppealAsync(requester, "First.")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var token = await AntiforgeryAsync(requester, "/requests/delete");

        var again = await requester.Client.PostAsync("/status?handler=Appeal",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["AppealReason"] = "Second.", ["__RequestVerificationToken"] = token }));

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Contain("You appealed already").And.Contain("Your appeal"));
        Assert.That((await DetailsAsync(reference)).Journal.Count(j => j.Event == "AppealFiled"), Is.EqualTo(1));
    }

    [TestCase("", "Say why you think our decision was wrong.")]
    [TestCase("   ", "Say why you think our decision was wrong.")]
    [TestCase("bell\u0007", "without control characters")]
    [TestCase("long", "at most 4,000 characters")]
    [CancelAfter(90_000)]
    public async Task A_bad_reason_is_refused_with_400_beside_the_field_and_nothing_is_filed(string reason, string message)
    {
        var (reference, requester, _) = await DeniedDeletionAsync();

        var refused = await AppealAsync(requester, reason == "long" ? new string('a', 4001) : reason);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var html = await refused.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("href=\"#AppealReason\"").And.Contain(message).And.Contain("Appeal this decision"));
        Assert.That(AppealReasonError().Match(html).Groups[1].Value, Does.Contain(message), "the message sits beside the field");
        var details = await DetailsAsync(reference);
        Assert.That((details.Appeal, details.Journal.Any(j => j.Event == "AppealFiled")), Is.EqualTo(((AppealView?)null, false)));
    }

    [Test, CancelAfter(90_000)]
    public async Task Without_the_status_session_nobody_can_appeal()
    {
        var (reference, _, _) = await DeniedDeletionAsync();
        var stranger = new DsarApi(App.CreateClient());
        var token = await AntiforgeryAsync(stranger, "/requests/delete");

        var refused = await stranger.Client.PostAsync("/status?handler=Appeal",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["AppealReason"] = "Let me in.", ["__RequestVerificationToken"] = token }));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Not.Contain(reference));
        Assert.That((await DetailsAsync(reference)).Appeal, Is.Null);
    }

    [Test, CancelAfter(90_000)]
    public async Task A_request_that_was_not_denied_offers_no_appeal()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var receipt = (await Api.WaitForMailAsync(m => m.Subject.Contains("working on your request"), "the receipt")).Single();
        await Api.WaitForMailAsync(m => m.Subject.Contains("is done"), "the reply");
        var requester = new DsarApi(App.CreateClient());

        var page = await requester.OpenStatusAsync(DsarApi.StatusLink(receipt));
        var refused = await requester.Client.PostAsync("/status?handler=Appeal", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["AppealReason"] = "Why not?", ["__RequestVerificationToken"] = await AntiforgeryAsync(requester, "/requests/delete") }));

        Assert.That(page, Does.Not.Contain("Appeal this decision").And.Not.Contain("id=\"appeal-title\""));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("This request cannot be appealed."));
    }

    [Test, CancelAfter(120_000)]
    public async Task The_window_runs_to_the_end_of_its_last_local_day_and_then_the_page_says_when_it_closed()
    {
        var (reference, requester, _) = await DeniedDeletionAsync();
        var closes = EndOfLocalDay(App.Clock.GetUtcNow(), 45);
        var lastDay = StatusPageTests.LocalDate(closes);
        App.Clock.SetUtcNow(new DateTimeOffset(closes.AddMinutes(-1), TimeSpan.Zero));
        // The session and the denial's link have expired by now: the requester asks for a new link, as the page offers.
        var denial = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), "the denial")).Single();
        await requester.SubmitFormAsync(DsarApi.StatusLink(denial), [], handler: "NewLink");
        var fresh = (await Api.WaitForMailAsync(m => m.Subject.Contains("new status link"), "the new status link")).Single();

        var lastMinute = await requester.OpenStatusAsync(DsarApi.StatusLink(fresh));
        var token = await AntiforgeryAsync(requester, "/status");
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var nextDay = await requester.Client.GetStringAsync("/status");
        var late = await requester.Client.PostAsync("/status?handler=Appeal",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["AppealReason"] = "Too late?", ["__RequestVerificationToken"] = token }));

        Assert.That(lastMinute, Does.Contain("Appeal this decision").And.Contain($"you can appeal until {lastDay}"));
        Assert.That(nextDay, Does.Contain($"The time to appeal this decision closed on {lastDay}.").And.Not.Contain("Appeal this decision"));
        Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await late.Content.ReadAsStringAsync(), Does.Contain("The time to appeal has run out."));
        Assert.That((await DetailsAsync(reference)).Appeal, Is.Null);
    }

    internal static async Task<string> AntiforgeryAsync(DsarApi client, string path) =>
        Antiforgery().Match(await client.Client.GetStringAsync(path)).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("id=\"AppealReason-error\"[^>]*>(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex AppealReasonError();
}
