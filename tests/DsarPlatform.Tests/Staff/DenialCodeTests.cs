using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

/// <summary>Denials carry one of the coded reasons; the requester reads the code's template text and its legal ground.</summary>
public sealed class DenialCodeTests : AppTest
{
    [Test, CancelAfter(120_000)]
    public async Task A_denial_emails_the_text_of_the_code_chosen_and_keeps_the_code_ground_and_note()
    {
        var reference = await StaffRequests.AccessAwaitingManualVerificationAsync(App, Api);
        var agent = await StaffRequests.AgentAsync(App);

        var unknown = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "because" });
        var noGround = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "legal-exemption" });
        var denied = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny",
            new { code = "legal-exemption", ground = "an ongoing criminal investigation (Section 29, Data Protection Act 2018)", note = "Police request ref 77." });

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("\"code\"").And.Contain("insufficient-verification"));
        Assert.That(noGround.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await noGround.Content.ReadAsStringAsync(), Does.Contain("\"ground\""));
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await denied.Content.ReadAsStringAsync());

        var template = File.ReadAllText(Path.Combine(TemplatesCopy.Shipped, "denials", "legal-exemption.liquid"));
        Assert.That(template, Does.Contain("A legal exemption applies to this request"), "the words live in the template");
        var email = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), "the denial")).Single();
        Assert.That(email.Text, Does.Contain("A legal exemption applies to this request, so we may not carry it out: an ongoing criminal investigation (Section 29, Data Protection Act 2018)."));
        Assert.That(email.Text, Does.Contain("GDPR Art. 23 / national law"));
        Assert.That(email.Text, Does.Not.Contain("Police request"), "the agent's note stays with staff");

        var details = await agent.RequestAsync(reference);
        Assert.That(details.Reasons.DenialCode, Is.EqualTo("legal-exemption"));
        Assert.That(details.Reasons.DenialLegalGround, Is.EqualTo("GDPR Art. 23 / national law"));
        Assert.That(details.Reasons.DenialNote, Is.EqualTo("Police request ref 77."));
        Assert.That(details.Journal.Single(j => j.Event == "RequestDenied").Detail, Does.StartWith("legal-exemption"));
    }

    [Test, CancelAfter(120_000)]
    public async Task Every_code_has_its_own_text_in_the_denial_email()
    {
        var agent = await StaffRequests.AgentAsync(App);
        var texts = new Dictionary<string, string>
        {
            ["insufficient-verification"] = "We could not confirm that the request comes from the person",
            ["manifestly-unfounded-or-excessive"] = "manifestly unfounded or excessive",
            ["not-a-customer"] = "We hold no personal data about you",
            ["duplicate"] = "This request repeats one we have already answered",
        };
        foreach (var (code, text) in texts)
        {
            var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
            await App.WaitForFirstStepsAsync();
            var denied = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code });
            Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), code);
            var email = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), code)).Single();
            Assert.That(email.Text, Does.Contain(text), code);
            foreach (var other in texts.Where(t => t.Key != code)) Assert.That(email.Text, Does.Not.Contain(other.Value), $"{code} is not {other.Key}");
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task Bulk_deny_denies_all_or_none_and_names_the_first_request_that_cannot_be()
    {
        var first = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var second = await Api.SubmitDeletionAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");
        await App.WaitForFirstStepsAsync();
        var agent = await StaffRequests.AgentAsync(App);

        var unknownCode = await agent.Client.PostAsJsonAsync("/api/requests/bulk-deny", new { references = new[] { first }, code = "nope" });
        var blocked = await agent.Client.PostAsJsonAsync("/api/requests/bulk-deny", new { references = new[] { first, "DSR-NOPE0000", second }, code = "duplicate" });
        var statusAfterBlocked = (await agent.RequestAsync(first)).Outcome;
        var done = await agent.Client.PostAsJsonAsync("/api/requests/bulk-deny", new { references = new[] { first, second }, code = "duplicate", note = "Spam wave." });

        Assert.That(unknownCode.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await blocked.Content.ReadAsStringAsync(), Does.Contain("DSR-NOPE0000").And.Contain("no request was denied"));
        Assert.That(statusAfterBlocked, Is.Null, "the first request was not denied by the blocked call");
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await done.Content.ReadAsStringAsync());
        foreach (var reference in new[] { first, second })
        {
            var details = await agent.RequestAsync(reference);
            Assert.That((details.Outcome, details.Reasons.DenialCode, details.Reasons.DenialNote), Is.EqualTo(("Denied", "duplicate", "Spam wave.")), reference);
        }
    }

    [Test, CancelAfter(120_000)]
    public async Task The_request_page_denies_with_a_code_and_shows_the_reason_kept_on_the_request()
    {
        var reference = await StaffRequests.AccessAwaitingManualVerificationAsync(App, Api);
        var page = new RequestPage(await StaffRequests.SignedInAsync(App, StaffRequests.AgentEmail, StaffRequests.AgentPassword), reference);

        var denied = await page.PostAsync("Deny", new() { ["code"] = "insufficient-verification", ["note"] = "Details did not add up.", ["Confirm"] = "true" });

        Assert.That(RequestPage.Alerts(denied.Html), Does.Contain("Request denied"));
        Assert.That(denied.Html, Does.Contain("Identity could not be verified (insufficient-verification)").And.Contain("GDPR Art. 12(6)")
            .And.Contain("We could not confirm that the request comes from the person").And.Contain("Details did not add up."));
        Assert.That(denied.Html, Does.Not.Contain("?handler=Deny"), "a closed request offers no action");
        await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), "the denial");
    }
}
