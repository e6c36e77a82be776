using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DsarPlatform.Tests.Workflows;

/// <summary>
/// A "Shine the Light" request (disclosures for direct marketing) from the API to Completed on the embedded default: the
/// answer lists the preceding calendar year's disclosures from the billing register, and a customer gets one answer a
/// calendar year. The clock starts on 2 November 2026, so the answer covers 2025.
/// </summary>
public sealed class DisclosuresRequestTests : AppTest
{
    Task<string> SubmitAsync(string accountId, string email, string fullName) =>
        Api.SubmitAsync(new { type = "disclosures", accountId, email, fullName, dataPoints = new Dictionary<string, string> { ["country"] = "US", ["state"] = "CA" } }); // offered to California residents

    async Task<string> AnsweredAsync(string accountId, string email, string fullName)
    {
        var reference = await SubmitAsync(accountId, email, fullName);
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("direct marketing"), "the answer");
        return reference;
    }

    [Test, CancelAfter(60_000)]
    public async Task A_verified_request_is_answered_with_the_categories_and_third_parties_of_the_preceding_year()
    {
        var reference = await SubmitAsync("alice.demo", "attacker@evil.example", "Alice Example");
        var verification = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference), "the verification email")).Single();
        Assert.That(verification.To, Is.EqualTo("alice@example.com"), "the link goes only to the email on record");
        await Api.ConfirmAsync(verification.Links.Single());

        var reply = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("direct marketing"), "the answer")).Single();
        Assert.That(reply.To, Is.EqualTo("alice@example.com"));
        Assert.That(reply.Subject, Does.Contain("in 2025"));
        Assert.That(reply.Text, Does.Contain("Example Travel Offers Inc., 500 Example Avenue, Suite 200, Los Angeles, CA 90012, USA: name, postal address, email address"));
        Assert.That(reply.Text, Does.Contain("Example Magazine Group LLC, 77 Sample Road, Sacramento, CA 95814, USA: name, postal address\n"),
            "only 2025's disclosures: the 2026 one to the same company (an email address) is not part of the answer");
        Assert.That(reply.Text, Does.Not.Contain("The answer is none"));

        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var done = await Api.WaitForRequestAsync(reference, r => r.Status == "Completed", "completion");
        Assert.That(done.Outcome, Is.EqualTo("Fulfilled"));
        var listing = done.Tasks.Single(t => t.Action == "ListDisclosures");
        Assert.That(listing.Store, Is.EqualTo("billing"));
        Assert.That(listing.Outcome!.Counts.Single().Count, Is.EqualTo(2), "the count stays for the record");
        var kept = await App.InScopeAsync(s => s.GetRequiredService<DsarDbContext>().StoreTasks.SingleAsync(t => t.Id == listing.Id));
        Assert.That(kept.Outcome!.SealedDisclosures, Is.Null, "the sealed answer is shed at close");
        Assert.That(done.Journal.Select(j => j.Event), Does.Contain("NotAnsweredThisYear"));
        Assert.That(string.Join("\n", done.Journal.Select(j => j.Detail)), Does.Not.Contain("Example Travel"), "the journal holds no disclosure");
    }

    [Test, CancelAfter(60_000)]
    public async Task A_customer_without_disclosures_that_year_is_told_plainly_there_were_none()
    {
        var reference = await AnsweredAsync("chloe.demo", "chloe@example.org", "Chloé Exemple");

        var reply = (await Api.MailAsync()).Single(m => m.Subject.Contains(reference) && m.Subject.Contains("direct marketing"));
        Assert.That(reply.Text, Does.Contain("The answer is none"));
        Assert.That(reply.Text, Does.Not.Contain("Example"));
    }

    [Test, CancelAfter(90_000)]
    public async Task A_second_request_in_the_same_year_is_closed_with_the_date_of_the_earlier_answer()
    {
        await AnsweredAsync("alice.demo", "alice@example.com", "Alice Example");
        App.Clock.Advance(TimeSpan.FromDays(20));

        var second = await SubmitAsync("alice.demo", "alice@example.com", "Alice Example");

        var notice = (await Api.WaitForMailAsync(m => m.Subject.Contains(second) && m.Subject.Contains("already answered"), "the notice")).Single();
        Assert.That(notice.To, Is.EqualTo("alice@example.com"));
        Assert.That(notice.Text, Does.Contain("on 2 November 2026"), "the date of the earlier answer");
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var closed = await Api.WaitForRequestAsync(second, r => r.Status == "Completed", "the closing");
        Assert.That(closed.Outcome, Is.EqualTo("AnsweredEarlierThisYear"));
        Assert.That(closed.Tasks.Where(t => t.Action == "ListDisclosures"), Is.Empty, "the stores are not asked again");
        Assert.That(closed.Journal.Single(j => j.Event == "AnsweredEarlierThisYear").Step, Is.EqualTo("once-per-year"));
        Assert.That((await Api.MailAsync()).Where(m => m.Subject.Contains(second) && m.Subject.Contains("confirm")), Is.Empty, "nothing to confirm");

        var status = await Api.OpenStatusAsync(DsarApi.StatusLink(notice));
        Assert.That(WebUtility.HtmlDecode(status), Does.Contain("we already answered your earlier request this year"));
        var auditor = await StaffBrowser.SignedInAsync(App, StaffBrowser.AuditorEmail, StaffBrowser.AuditorPassword);
        var records = await (await auditor.GetAsync("/audit/records.csv?from=2026-11-01&to=2026-12-31")).Content.ReadAsStringAsync();
        Assert.That(records, Does.Contain($"{second},").And.Contain("answered-earlier-this-year"));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_denied_request_does_not_count_as_answered()
    {
        var denied = await SubmitAsync("alice.demo", "alice@example.com", "Alice Example");
        await Api.VerificationLinkAsync(denied);
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var deny = await Api.Client.PostAsJsonAsync($"/api/requests/{denied}/deny", new { code = "manifestly-unfounded-or-excessive" });
        Assert.That(deny.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var again = await SubmitAsync("alice.demo", "alice@example.com", "Alice Example");

        await Api.ConfirmAsync(await Api.VerificationLinkAsync(again));
        await Api.WaitForMailAsync(m => m.Subject.Contains(again) && m.Subject.Contains("direct marketing in 2025"), "the answer");
        var answered = await Api.WaitForRequestAsync(again, r => r.Status == "Completed", "completion");
        Assert.That(answered.Outcome, Is.EqualTo("Fulfilled"));
    }

    [Test, CancelAfter(30_000)]
    public async Task The_form_shows_its_errors_beside_the_fields()
    {
        var response = await Api.PostFormAsync("/requests/disclosures", new() { ["AccountId"] = "alice.demo", ["Email"] = "oops", ["FullName"] = "" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Match("id=\"Email-error\"[^>]*>[^<]*Enter a valid email address"));
        Assert.That(html, Does.Contain("Which personal information did you share for direct marketing?"));
    }
}
