using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Requester;

/// <summary>The requester's pages say what is true right away: who works on the request now, whether a link can still be used.</summary>
public sealed class RequesterPagesTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task Confirming_a_request_whose_details_fall_short_says_a_person_checks_them_and_by_when()
    {
        var reference = await SubmitAccessWithWrongPhoneAsync();

        var page = await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));

        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var due = (await Api.RequestAsync(reference)).DueAtUtc;
        Assert.That(page, Does.Contain("A person on our team is now checking the details you gave")
            .And.Contain($"We will answer by {StatusPageTests.LocalDate(due)}")
            .And.Not.Contain("We are working on it now"));
    }

    [Test, CancelAfter(60_000)]
    public async Task The_status_page_of_a_request_left_to_an_agent_says_a_person_checks_the_details_and_by_when()
    {
        var reference = await SubmitAccessWithWrongPhoneAsync();
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        var agent = new DsarApi(App.CreateClient());
        await agent.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await agent.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the hand-over to an agent");
        var asked = await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/request-information", new { message = "Which phone number do you use with us?" });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var question = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Links.Any(l => l.Contains("/status/")), "the question")).Single();

        await Api.OpenStatusAsync(DsarApi.StatusLink(question));
        var page = await Api.SubmitFormAsync("http://localhost/status", new() { ["Answer"] = "My old number, +1 555 555 0199." }, handler: "Answer");

        var due = (await agent.RequestAsync(reference)).DueAtUtc;
        Assert.That(page, Does.Contain("A person on our team is checking the details you gave")
            .And.Contain($"we answer by {StatusPageTests.LocalDate(due)}"));
    }

    [Test, CancelAfter(60_000)]
    public async Task A_used_or_unknown_verification_link_says_at_once_that_it_cannot_be_used()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        var link = await Api.VerificationLinkAsync(reference);
        var path = new Uri(link).PathAndQuery;
        Assert.That(await Api.Client.GetStringAsync(path), Does.Contain("Yes, I made this request"), "a usable link shows the button");

        await Api.ConfirmAsync(link);

        foreach (var spent in new[] { path, "/verify/no-such-link" })
        {
            var page = await Api.GoneAsync(spent);
            Assert.That(page, Does.Contain("This link cannot be used").And.Not.Contain("Yes, I made this request"), spent);
        }
    }

    [Test]
    public async Task The_favicon_is_a_real_icon()
    {
        var response = await Api.Client.GetAsync("/favicon.ico");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/x-icon"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes[..4], Is.EqualTo(new byte[] { 0, 0, 1, 0 }), "an ICO header");
        Assert.That(BitConverter.ToUInt16(bytes, 4), Is.GreaterThanOrEqualTo(1), "with at least one image");
    }

    Task<string> SubmitAccessWithWrongPhoneAsync() => Api.SubmitAsync(new
    {
        type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
        dataPoints = new Dictionary<string, string> { ["phone"] = "+1 555 555 0199", ["postalCode"] = "94105" },
    });
}
