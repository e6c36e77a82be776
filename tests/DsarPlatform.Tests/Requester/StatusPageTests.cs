using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DsarPlatform.Tests.Support;
using DsarPlatform.Web.Development;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DsarPlatform.Tests.Requester;

/// <summary>The status page: reached only through a single-use emailed link, in plain words, and revealing nothing to anyone else.</summary>
public sealed partial class StatusPageTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task Opening_a_status_link_by_GET_shows_only_a_button_and_does_not_use_it()
    {
        var (reference, receipt) = await VerifiedDeletionAsync();
        var path = new Uri(DsarApi.StatusLink(receipt)).PathAndQuery;

        for (var i = 0; i < 3; i++)
        {
            var scanned = await new DsarApi(App.CreateClient()).Client.GetStringAsync(path);
            Assert.That(scanned, Does.Contain("Show my request").And.Not.Contain(reference), "a GET shows a button and nothing about the request");
        }
        Assert.That(await Api.OpenStatusAsync(DsarApi.StatusLink(receipt)), Does.Contain(reference));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_status_page_says_in_plain_words_where_the_request_is_and_never_shows_internal_details()
    {
        var (reference, _) = await VerifiedDeletionAsync();
        var reply = (await Api.WaitForMailAsync(m => m.Subject.Contains("is done"), "the reply")).Single();
        var requester = new DsarApi(App.CreateClient());

        var page = MainContent(await requester.OpenStatusAsync(DsarApi.StatusLink(reply)));

        Assert.That(page, Does.Contain(reference).And.Contain("Delete my personal data"));
        Assert.That(page, Does.Contain("Waiting for your ID to leave the public search directory"));
        Assert.That(page, Does.Contain($"the search directory to drop your ID, until {LocalDate(DsarApp.DefaultStart.UtcDateTime.AddDays(14))}"));
        Assert.That(page, Does.Contain("We answer by"));
        Assert.That(page, Does.Contain("We received your request.").And.Contain("You confirmed the request")
            .And.Contain("Deleting your data from our systems").And.Contain("We emailed you our answer."));
        foreach (var hidden in new[] { "bob@example.com", "Bob Example", "bob.demo", "agent", "task", "StepStarted", "erase-in-stores", "EmailQueued", "DataSubject" })
            Assert.That(page, Does.Not.Contain(hidden).IgnoreCase, $"the status page shows no '{hidden}'");

        Assert.That(await requester.Client.GetStringAsync("/status"), Does.Contain(reference), "the page can be reloaded during the session");
    }

    [Test, CancelAfter(60_000)]
    public async Task Without_a_session_the_status_page_shows_nothing_and_a_session_ends_after_its_lifetime()
    {
        var (reference, receipt) = await VerifiedDeletionAsync();
        Assert.That(await new DsarApi(App.CreateClient()).Client.GetStringAsync("/status"), Does.Contain("Open the link in our email").And.Not.Contain(reference));

        Assert.That(await Api.OpenStatusAsync(DsarApi.StatusLink(receipt)), Does.Contain(reference));
        App.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.That(await Api.Client.GetStringAsync("/status"), Does.Not.Contain(reference));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_session_cookie_is_http_only_same_site_strict_scoped_to_the_status_pages_and_opaque()
    {
        var (reference, receipt) = await VerifiedDeletionAsync();
        var browser = new DsarApi(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

        var redeemed = await browser.PostFormAsync(DsarApi.StatusLink(receipt), []);

        Assert.That(redeemed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(redeemed.Headers.Location?.OriginalString, Is.EqualTo("/status"));
        var cookie = redeemed.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dsar-status=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.That(cookie, Does.Contain("httponly").And.Contain("samesite=strict").And.Contain("path=/status").And.Contain("max-age=1800"));
        Assert.That(cookie, Does.Not.Contain(reference.ToLowerInvariant()));
    }

    [Test, CancelAfter(60_000)]
    public async Task Used_expired_and_unknown_links_look_alike_and_offer_a_new_link()
    {
        var (_, receipt) = await VerifiedDeletionAsync();
        var used = DsarApi.StatusLink(receipt);
        await Api.OpenStatusAsync(used);
        var reply = (await Api.WaitForMailAsync(m => m.Subject.Contains("is done"), "the reply")).Single();
        App.Clock.Advance(TimeSpan.FromDays(8));

        var pages = new List<string>();
        foreach (var link in new[] { used, DsarApi.StatusLink(reply), "http://localhost/status/not-a-real-token" })
            pages.Add(MainContent(await new DsarApi(App.CreateClient()).OpenGoneStatusAsync(link)));

        Assert.That(pages[0], Does.Contain("This link cannot be used").And.Contain("Email me a new link"));
        Assert.That(pages.Distinct().Count(), Is.EqualTo(1), "used, expired and unknown links give the same page");
    }

    [Test, CancelAfter(60_000)]
    public async Task A_new_link_goes_only_to_the_email_on_record_within_the_allowance_and_the_page_is_the_same_whatever_happens()
    {
        var (reference, receipt) = await VerifiedDeletionAsync();
        var used = DsarApi.StatusLink(receipt);
        await Api.OpenStatusAsync(used);

        var pages = new List<string>();
        for (var i = 0; i < 4; i++) pages.Add(MainContent(await new DsarApi(App.CreateClient()).SubmitFormAsync(used, [], handler: "NewLink")));
        pages.Add(MainContent(await new DsarApi(App.CreateClient()).SubmitFormAsync("http://localhost/status/unknown", [], handler: "NewLink")));

        Assert.That(pages[0], Does.Contain("Check your email"));
        Assert.That(pages.Distinct().Count(), Is.EqualTo(1));
        var fresh = await Api.WaitForMailAsync(m => m.Subject.Contains("new status link"), "the new links", count: 3);
        await Task.Delay(500);
        Assert.That((await Api.MailAsync()).Count(m => m.Subject.Contains("new status link")), Is.EqualTo(3),
            "three new links use bob's allowance of three an hour (confirmation links do not count); the fourth is refused");
        Assert.That(fresh.Select(m => m.To), Has.All.EqualTo("bob@example.com"));
        Assert.That(await new DsarApi(App.CreateClient()).OpenStatusAsync(DsarApi.StatusLink(fresh[0])), Does.Contain(reference));
    }

    [Test, CancelAfter(60_000)]
    public async Task An_empty_answer_is_refused_beside_the_field_and_the_question_stays_open()
    {
        var (reference, _) = await VerifiedDeletionAsync();
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/request-information", new { message = "Which <b>city</b>?" });
        var question = (await Api.WaitForMailAsync(m => m.Subject.Contains("more information"), "the question")).Single();
        var requester = new DsarApi(App.CreateClient());
        var status = await requester.OpenStatusAsync(DsarApi.StatusLink(question));
        Assert.That(status, Does.Contain("Which &lt;b&gt;city&lt;/b&gt;?"), "the question is shown encoded");

        var page = await requester.SubmitFormAsync("/status", new() { ["Answer"] = "   " }, handler: "Answer");

        Assert.That(page, Does.Contain("Please check the form").And.Contain("href=\"#Answer\"").And.Contain("Send my answer"));
        Assert.That((await Api.RequestAsync(reference)).Paused, Is.True);
    }

    /// <summary>
    /// Bob's deletion, confirmed and carried out up to the directory wait (so nothing runs on while a test ends);
    /// returns its reference and the receipt (the first email with a status link).
    /// </summary>
    async Task<(string Reference, CapturedEmail Receipt)> VerifiedDeletionAsync()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var receipt = (await Api.WaitForMailAsync(m => m.Subject.Contains("working on your request"), "the receipt")).Single();
        await Api.WaitForMailAsync(m => m.Subject.Contains("is done"), "the reply");
        return (reference, receipt);
    }

    internal static string LocalDate(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"))
            .ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US"));

    /// <summary>The page's main content without the per-response antiforgery value and the form's own address, so pages can be compared.</summary>
    static string MainContent(string html) =>
        HiddenValue().Replace(html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)], "");

    [GeneratedRegex("(value|action)=\"[^\"]*\"")]
    private static partial Regex HiddenValue();
}
