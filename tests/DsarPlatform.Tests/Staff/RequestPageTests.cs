using System.Net;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

/// <summary>What the request page shows agents and auditors, and that auditors get no action.</summary>
public sealed class RequestPageTests : AppTest
{
    [Test, CancelAfter(90_000)]
    public async Task A_correction_under_review_shows_who_it_is_about_what_it_waits_for_the_changes_the_emails_and_the_timeline()
    {
        var reference = await StaffRequests.CorrectionAwaitingReviewAsync(App, Api);
        var agent = await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword);
        await (await StaffRequests.AgentAsync(App)).WaitForRequestAsync(reference,
            r => r.CurrentValues.Count > 0 && r.CurrentValues.All(v => v.State != "Pending"), "the stores' answers to the field read");

        var page = await new RequestPage(agent, reference).ReadAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain($"<span class=\"reference\">{reference}</span>"));
            Assert.That(page, Does.Contain("On record (matched account)").And.Contain("As typed by the requester"));
            Assert.That(page, Does.Contain("<td>bob.demo</td>"), "the account id on record");
            Assert.That(page, Does.Contain("<td>bob@example.com</td>"), "the email on record");
            Assert.That(page, Does.Contain("<td>Bob Example</td>"), "the name, on record (opened from the directory's sealed answer) and as typed");
            Assert.That(page, Does.Contain("an agent to decide each correction (0 of 2 decided)"));
            Assert.That(page, Does.Contain("<th scope=\"col\">Current value</th>").And.Contain("billing: 10001"), "the value on record beside the requested one");
            Assert.That(page, Does.Contain("<td>10002</td>").And.Contain("I moved"));
            Assert.That(page, Does.Contain("Days left"));
            Assert.That(page, Does.Contain("<th scope=\"row\">verification</th>").And.Contain("<th scope=\"row\">receipt</th>"), "the emails sent, by kind");
            Assert.That(page, Does.Not.Contain("/verify/").And.Not.Contain("/status/"), "never an email's links");
            Assert.That(page, Does.Contain("Request received").And.Contain("requester").And.Contain("Identity verified"), "the timeline in words");
            Assert.That(page, Does.Contain("?handler=Decide").And.Contain("?handler=Approve").And.Contain("?handler=Deny").And.Contain("?handler=Note"));
        });
    }

    [Test, CancelAfter(90_000)]
    public async Task Before_the_review_a_correction_says_its_current_values_are_read_when_the_review_begins()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "correction", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string> { ["postalCode"] = "10001", ["country"] = "US" },
            changes = new[] { new { field = "postalCode", newValue = "10002", why = "I moved" } },
        });
        await App.WaitForFirstStepsAsync();
        var agent = await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword);

        var page = await new RequestPage(agent, reference).ReadAsync();

        Assert.That(page, Does.Contain("read from the stores when the review begins").And.Not.Contain("reviewed without reading"));
    }

    [Test, CancelAfter(90_000)]
    public async Task An_unknown_reference_is_not_found()
    {
        var agent = await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword);
        using var response = await agent.Client.GetAsync("/staff/requests/DSR-NOPE0000");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test, CancelAfter(90_000)]
    public async Task An_auditor_reads_the_page_without_any_action_and_is_forbidden_to_post_one()
    {
        var reference = await StaffRequests.CorrectionAwaitingReviewAsync(App, Api);
        var auditor = await StaffRequests.SignedInAsync(App, "auditor@dsar.local", "Auditor-Demo-2026!");
        var page = new RequestPage(auditor, reference);

        var html = await page.ReadAsync();
        var (status, _) = await page.PostAsync("Note", new() { ["text"] = "Auditors cannot write this." }, version: Guid.NewGuid().ToString(),
            tokenFrom: "/requests/delete");

        Assert.That(html, Does.Contain("Requested corrections").And.Contain("Timeline"));
        Assert.That(html, Does.Not.Contain("?handler="), "no action form for an auditor");
        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await (await StaffRequests.AgentAsync(App)).RequestAsync(reference)).Notes, Is.Empty);
    }

    [Test, CancelAfter(90_000)]
    public async Task The_page_needs_a_signed_in_member_of_staff()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var anonymous = App.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await anonymous.GetAsync($"/staff/requests/{reference}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/Account/Login"));
    }
}
