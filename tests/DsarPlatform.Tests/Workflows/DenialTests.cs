using System.Net;
using System.Net.Http.Json;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Workflows;

/// <summary>An agent may deny a request only before anything is done for the requester; a denial closes the request and its workflow.</summary>
public sealed class DenialTests : AppTest
{
    [Test, CancelAfter(60_000)]
    public async Task Denying_a_request_whose_identity_is_still_checked_closes_it_and_its_workflow()
    {
        var reference = await Api.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example", dataPoints = new Dictionary<string, string>(),
        });
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the review of the details");

        var denied = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "insufficient-verification" });
        var again = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "duplicate" });

        var details = await Api.RequestAsync(reference);
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a closed request cannot be denied again");
        Assert.That(details.Status, Is.EqualTo("Completed"));
        Assert.That(details.Outcome, Is.EqualTo("Denied"));
        Assert.That(details.Journal.Where(j => j.Event == "RequestDenied").Select(j => (j.Step, j.Role)), Is.EqualTo(new[] { ("verify-identity", "Agent") }));
        await Api.WaitForMailAsync(m => m.Subject.Contains("could not carry out"), "the denial");
    }

    [Test, CancelAfter(60_000)]
    public async Task A_request_being_carried_out_cannot_be_denied()
    {
        var reference = await Api.SubmitDeletionAsync("bob.demo", "bob@example.com", "Bob Example");
        await Api.ConfirmAsync(await Api.VerificationLinkAsync(reference));
        await Api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        await Api.WaitForRequestAsync(reference, r => r.CurrentStep == "directory-propagation", "the directory wait");

        var denied = await Api.Client.PostAsJsonAsync($"/api/requests/{reference}/deny", new { code = "manifestly-unfounded-or-excessive" });

        var details = await Api.RequestAsync(reference);
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(details.Status, Is.EqualTo("Waiting"));
        Assert.That(details.Outcome, Is.Not.EqualTo("Denied"));
        Assert.That(details.Journal.Select(j => j.Event), Does.Not.Contain("RequestDenied"));
    }
}
