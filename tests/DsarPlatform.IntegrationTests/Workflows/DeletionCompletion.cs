using System.Net;
using DsarPlatform.Tests.Support;

namespace DsarPlatform.IntegrationTests.Workflows;

/// <summary>The end of a deletion seen from outside: past the directory wait it completes exactly once, with one reply.</summary>
static class DeletionCompletion
{
    public static async Task AdvanceClockAndAssertCompletedOnceAsync(DsarApi api, string reference)
    {
        var advance = await api.Client.PostAsync("/api/dev/clock/advance",
            new StringContent("{\"by\":\"P14D\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.That(advance.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await api.SignInAsync("agent@dsar.local", "Agent-Demo-2026!");
        var done = await api.WaitForRequestAsync(reference, r => r.Status is "Completed" or "Faulted", "completion");
        Assert.That(done.Status, Is.EqualTo("Completed"), done.FaultReason);
        Assert.That(done.Journal.Count(j => j.Event == "Completed"), Is.EqualTo(1));
        Assert.That(done.Tasks.Count(t => t.Action == "CheckListing"), Is.EqualTo(1));
        var replies = await api.MailAsync();
        Assert.That(replies.Count(m => m.Subject.Contains(reference) && m.Subject.Contains("is done")), Is.EqualTo(1));
    }
}
