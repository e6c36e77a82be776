using System.Net;
using DsarPlatform.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DsarPlatform.Tests.Drp;

/// <summary>
/// DRP 1.0 section 3.02.1: a request that waits for the user's confirmation names a <c>user_verification_url</c>; the agent
/// sends the user there with <c>request_id</c> and <c>redirect_to</c>, and we send the user back once confirmed, only to the
/// agent's registered host.
/// </summary>
[TestFixture, CancelAfter(120_000)]
public sealed class DrpUserVerificationTests : DrpAppTest
{
    const string Back = "http://127.0.0.1/drp/back?user=1";

    [Test]
    public async Task The_status_names_our_verification_page_which_sends_the_user_back_to_the_agent_once_confirmed_by_email()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("deletion");
        var waiting = await WaitForStatusAsync(id, s => s["status"]!.GetValue<string>() != "open", "the first step");
        Assert.That(StatusOf(waiting), Is.EqualTo("in_progress/need_user_verification"));
        var url = waiting["user_verification_url"]?.GetValue<string>();
        Assert.That(url, Is.EqualTo($"http://localhost/drp/verify/{id}"), "on the public address the emails use");

        var user = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"{new Uri(url!).PathAndQuery}?request_id={id}&redirect_to={Uri.EscapeDataString(Back)}";
        var before = await user.GetAsync(page);
        var text = await before.Content.ReadAsStringAsync();
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.Contain("Test agent sent us a deletion request on your behalf").And.Contain("email address on record"));
        Assert.That(text, Does.Not.Contain("alice@example.com").And.Not.Contain("Alice Example"), "no personal data on the page");
        Assert.That(await (await user.GetAsync(page + "&check=true")).Content.ReadAsStringAsync(), Does.Contain("We have not received your confirmation yet"));

        var request = await OurRequestAsync(id);
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(request.Reference));

        var after = await user.GetAsync(page + "&check=true");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location, Is.EqualTo(new Uri(Back)), "back to the agent");
        var elsewhere = await user.GetAsync($"/drp/verify/{id}?request_id={id}&redirect_to={Uri.EscapeDataString("https://evil.example/phish")}");
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.OK), "never to a host the agent did not register");
        Assert.That(await elsewhere.Content.ReadAsStringAsync(), Does.Contain("Your request is confirmed"));

        var working = await WaitForStatusAsync(id, s => s["reason"] is null, "verification");
        Assert.That(working.ContainsKey("user_verification_url"), Is.False, "only while confirmation is awaited");
    }

    [Test]
    public async Task Another_requests_id_an_unknown_page_and_a_withdrawn_request_are_refused()
    {
        await Agent.SetUpAsync();
        var id = await ExerciseAsync("access");
        var other = await ExerciseAsync("deletion");
        await WaitForStatusAsync(id, s => s["status"]!.GetValue<string>() != "open", "the first step");

        var mismatch = await Api.Client.GetAsync($"/drp/verify/{id}?request_id={other}");
        Assert.That(mismatch.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await mismatch.Content.ReadAsStringAsync(), Does.Contain("does not match"));
        Assert.That((await Api.Client.GetAsync($"/drp/verify/{Guid.NewGuid()}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        Assert.That((int)(await Agent.RevokeAsync(id)).StatusCode, Is.EqualTo(200));
        var closed = await Api.Client.GetAsync($"/drp/verify/{id}?request_id={id}&redirect_to={Uri.EscapeDataString(Back)}");
        Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Gone));
        Assert.That(await closed.Content.ReadAsStringAsync(), Does.Contain("This request is closed"));
    }
}
