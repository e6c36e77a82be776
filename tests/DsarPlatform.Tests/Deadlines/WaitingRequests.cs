using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>Requests that stay open for weeks of fake time, so a test can walk the clock past their due dates.</summary>
static class WaitingRequests
{
    /// <summary>
    /// Bob's access request, confirmed through the link on record but short of the access level's data points: it waits
    /// for an agent's decision (an unconfirmed one would close when its link expires).
    /// </summary>
    public static async Task<string> AccessAwaitingAgentAsync(DsarApp app, DsarApi requester)
    {
        var reference = await requester.SubmitAsync(new
        {
            type = "access", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string>(), signedDeclaration = true,
        });
        await app.WaitForFirstStepsAsync();
        await requester.ConfirmAsync(await requester.VerificationLinkAsync(reference));
        return reference;
    }

    /// <summary>Moves the fake clock to the given day after <see cref="DsarApp.DefaultStart"/> and sweeps, twice at once, then once more.</summary>
    public static async Task SweepOnDayAsync(DsarApp app, int day)
    {
        app.Clock.Advance(DsarApp.DefaultStart.AddDays(day) - app.Clock.GetUtcNow());
        await Task.WhenAll(app.SweepTimersAsync(), app.SweepTimersAsync());
        await app.SweepTimersAsync();
    }
}
