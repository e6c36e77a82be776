using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Staff;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Appeals;

/// <summary>The shipped definitions' base policies have no <c>appeal</c> (the company's promise has none): no appeal is offered.</summary>
public sealed class AppealWithoutPolicyTests : AppTest
{
    [Test, CancelAfter(90_000)]
    public async Task A_denied_request_whose_policy_has_no_appeal_offers_none_and_refuses_one()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await App.WaitForQuietAsync();
        var agent = await StaffRequests.AgentAsync(App);
        Assert.That((await agent.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "duplicate" })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var denial = (await Api.WaitForMailAsync(m => m.Subject.Contains(reference) && m.Subject.Contains("could not carry out"), "the denial")).Single();
        var requester = new DsarApi(App.CreateClient());

        var page = await requester.OpenStatusAsync(DsarApi.StatusLink(denial));
        var refused = await requester.Client.PostAsync("/status?handler=Appeal", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["AppealReason"] = "Please.", ["__RequestVerificationToken"] = await AppealFilingTests.AntiforgeryAsync(requester, "/requests/delete") }));

        Assert.That(page, Does.Contain(reference).And.Not.Contain("Appeal this decision").And.Not.Contain("id=\"appeal-title\""));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await agent.RequestAsync(reference)).Appeal, Is.Null);
    }
}
