using DsarPlatform.Tests.Support;

namespace DsarPlatform.Tests.Staff;

/// <summary>Requests in the states the staff tests need, made the way requesters make them.</summary>
static class StaffRequests
{
    public const string AgentEmail = "agent@dsar.local";
    public const string AgentPassword = "Agent-Demo-2026!";

    /// <summary>Bob asks to correct two fields and confirms; returns once the request waits for an agent's decisions.</summary>
    public static async Task<string> CorrectionAwaitingReviewAsync(DsarApp app, DsarApi requester)
    {
        var reference = await requester.SubmitAsync(new
        {
            type = "correction", accountId = "bob.demo", email = "bob@example.com", fullName = "Bob Example",
            dataPoints = new Dictionary<string, string> { ["postalCode"] = "10001", ["country"] = "US" },
            changes = new[]
            {
                new { field = "postalCode", newValue = "10002", why = "I moved" },
                new { field = "city", newValue = "Atlantis", why = "typo" },
            },
        });
        await requester.ConfirmAsync(await requester.VerificationLinkAsync(reference));
        var agent = await AgentAsync(app);
        await agent.WaitForRequestAsync(reference, r => r.CurrentStep == "review-corrections" && r.Status == "Waiting", "the review");
        return reference;
    }

    /// <summary>Alice asks for access with too few details and confirms: the request waits for an agent to verify by hand.</summary>
    public static async Task<string> AccessAwaitingManualVerificationAsync(DsarApp app, DsarApi requester)
    {
        var reference = await requester.SubmitAsync(new
        {
            type = "access", accountId = "alice.demo", email = "alice@example.com", fullName = "Alice Example",
            dataPoints = new Dictionary<string, string>(), signedDeclaration = true,
        });
        await requester.ConfirmAsync(await requester.VerificationLinkAsync(reference));
        var agent = await AgentAsync(app);
        await agent.WaitForRequestAsync(reference, r => r.Journal.Any(j => j.Event == "VerificationIncomplete"), "the hand-over to an agent");
        return reference;
    }

    /// <summary>The staff API as the demo agent (bearer token).</summary>
    public static async Task<DsarApi> AgentAsync(DsarApp app)
    {
        var agent = new DsarApi(app.CreateClient());
        await agent.SignInAsync(AgentEmail, AgentPassword);
        return agent;
    }

    /// <summary>A browser-like client signed in on the sign-in page (cookie).</summary>
    public static async Task<DsarApi> SignedInAsync(DsarApp app, string email, string password)
    {
        var staff = new DsarApi(app.CreateClient());
        await staff.SignInWithCookieAsync(email, password);
        return staff;
    }
}
