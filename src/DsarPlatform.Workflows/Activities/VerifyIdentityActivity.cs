using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Proves identity to the level the definition needs. L1: a single-use link goes to the email on record
/// only, never to the address typed into the form. L2/L3: the data points given at intake must also match
/// the record (and for L3 a signed declaration). Short of that, the request waits for an agent, who sees
/// what matched and what did not and may verify by hand with a note, ask for more, or deny. Once verified,
/// either way, the email on record gets a receipt with the due date and a status link.
/// </summary>
public sealed class VerifyIdentityActivity(RequestStepContexts contexts, VerificationLinks links, RequesterNoticeComposer notices, StatusLinks statusLinks) : RequestActivity(contexts)
{
    public const string VerifiedSignal = "IdentityVerified";
    public const string VerifiedByAgentSignal = "VerifiedByAgent";
    public const string ActivityName = "VerifyIdentity";

    public override string Name => ActivityName;

    /// <summary>
    /// The link goes out at once: a repeat of this request is joined to it and only asks for a fresh link
    /// (<see cref="VerificationLinks"/>), so no allowance an outsider can spend stands between the holder and a link.
    /// </summary>
    public override async Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var found = new RequestCase(context.Request, context.Instance, context.Definition);
        if (context.Request.RecordEmail is null)
        {
            context.Journal("NoAccountMatched", "nothing sent; closes by itself when the confirmation period ends, unless an agent recorded it");
            links.ScheduleExpiryWithoutLink(found, context.NowUtc);
        }
        else
        {
            await links.SendAsync(found, context.NowUtc, cancellationToken);
        }
        return StepOutcome.WaitFor(BookmarkKind.Signal, VerifiedSignal);
    }

    public override Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (workflowEvent is SignalReceived { Name: VerifiedByAgentSignal })
        {
            return Task.FromResult(Verified(context));
        }

        var required = (VerificationLevel)context.Policy.VerificationLevel;
        var match = new DataPointMatch(Names(request.MatchedDataPoints), Names(request.MismatchedDataPoints));
        var achieved = VerificationRules.Achieved(controlsEmailOnRecord: true, match, request.SignedDeclaration);
        if (VerificationRules.Satisfies(achieved, required))
        {
            context.Journal("IdentityVerified", $"level {(int)achieved}; matched: {Show(match.Matched)}");
            return Task.FromResult(Verified(context));
        }
        context.Journal("VerificationIncomplete",
            $"needs level {(int)required}, reached {(int)achieved}; matched: {Show(match.Matched)}; contradicted: {Show(match.Mismatched)}; an agent must decide");
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Signal, VerifiedByAgentSignal));
    }

    StepOutcome Verified(RequestStepContext context)
    {
        context.Request.VerifiedAtUtc = context.NowUtc;
        context.Email("receipt", notices.Receipt(context.Request, context.Definition, statusLinks.IssueFor(context.Request, context.NowUtc)));
        return StepOutcome.Next;
    }

    static string[] Names(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);

    static string Show(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
