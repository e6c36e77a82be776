using System.Net;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Staff;

/// <summary>
/// An email that can never be delivered, through the running app: the relay refuses it alone (the emails after it still
/// go out), the request's page shows the incident and the refused email, the requester's status page says we could not
/// reach them, and resolving the incident moves no step.
/// </summary>
public sealed class RefusedEmailTests : AppTest
{
    [Test, CancelAfter(120_000)]
    public async Task An_undeliverable_email_raises_an_incident_staff_resolve_and_holds_up_no_other_email()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var receipt = (await Api.WaitForMailAsync(m => m.Subject.Contains("working on your request"), "the receipt")).Single();
        var agent = await StaffRequests.AgentAsync(App);
        var before = await agent.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");
        // An address on record that no mail server could take (an old system's typo), queued as the workflow queues emails.
        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var id = await db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync();
            MailQueue.AddTo(db, id, "bob at example dot com", "receipt", new EmailContent("A copy of your receipt", "text", "<p>html</p>"), App.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        var invitation = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
        });
        await Api.WaitForMailAsync(m => m.Text.Contains(invitation), "an email queued after the refused one");

        var refused = await agent.WaitForRequestAsync(reference, r => r.Incidents.Any(i => i.Step == EmailRefusals.IncidentStep), "the incident");
        var staffPage = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);
        var html = WebUtility.HtmlDecode(await staffPage.ReadAsync());
        var status = WebUtility.HtmlDecode(await new DsarApi(App.CreateClient()).OpenStatusAsync(DsarApi.StatusLink(receipt)));
        var incident = refused.Incidents.Single();
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("The mail server refused the 'receipt' email for good (the address cannot be written in an email)"));
            Assert.That(html, Does.Contain("refused by the mail server").And.Contain("not sent"), "the email's row says so");
            Assert.That(html, Does.Contain("no step waits on it").And.Not.Contain("retry the failed task"), "nothing to retry");
            Assert.That(incident.Actions, Is.EqualTo(new[] { "resolve by hand" }));
            Assert.That(status, Does.Contain("An email we sent you did not reach the address on your account"));
        });

        var resolved = await staffPage.PostAsync("Resolve",
            new() { ["kind"] = "DoneByHand", ["note"] = "Called Bob; he gave a new address.", ["Confirm"] = "true" }, query: $"&incidentId={incident.Id}");

        Assert.That(RequestPage.Alerts(resolved.Html), Does.Contain("Incident resolved."));
        var after = await agent.RequestAsync(reference);
        Assert.Multiple(() =>
        {
            Assert.That(after.Incidents.Single().ResolvedAtUtc, Is.Not.Null);
            Assert.That((after.CurrentStep, after.Status), Is.EqualTo((before.CurrentStep, before.Status)), "the workflow did not move");
        });
    }

    [Test, CancelAfter(120_000)]
    public async Task An_email_the_server_puts_off_shows_as_put_off_to_staff_and_auditors_with_no_incident()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        // As the relay leaves an email whose mailbox answered "452 4.2.2 Mailbox full" (MailRefusalTests, against a real server).
        await App.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<DsarDbContext>();
            var id = await db.Requests.Where(r => r.Reference == reference).Select(r => r.Id).SingleAsync();
            var now = App.Clock.GetUtcNow().UtcDateTime;
            MailQueue.AddTo(db, id, "bob@example.com", "receipt", new EmailContent("A copy of your receipt", "text", "<p>html</p>"), now);
            var email = db.OutgoingEmails.Local.Single();
            (email.Attempts, email.Refusal, email.NextAttemptAtUtc) = (1, "452 RecipientNotAccepted", now.AddMinutes(1));
            await db.SaveChangesAsync();
        });

        var staff = WebUtility.HtmlDecode(await new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference).ReadAsync());
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var history = WebUtility.HtmlDecode(await auditor.Client.GetStringAsync($"/audit/requests/{reference}"));
        var details = await (await StaffRequests.AgentAsync(App)).RequestAsync(reference);
        Assert.Multiple(() =>
        {
            Assert.That(staff, Does.Contain("put off by the mail server (452 RecipientNotAccepted): tried again"));
            Assert.That(history, Does.Contain("put off by the mail server (452 RecipientNotAccepted), to be tried again"));
            Assert.That(details.Incidents, Is.Empty, "put off is not yet a failure");
        });
    }
}
