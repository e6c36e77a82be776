using System.Xml;
using DsarPlatform.Workflows.Notifications;
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
public sealed class VerifyIdentityActivity(RequestStepContexts contexts, EmailComposer emails, RequesterNoticeComposer notices, StatusLinks statusLinks) : RequestActivity(contexts)
{
    public const string VerifiedSignal = "IdentityVerified";
    public const string VerifiedByAgentSignal = "VerifiedByAgent";
    public const string ActivityName = "VerifyIdentity";

    public override string Name => ActivityName;

    public override Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (request.RecordEmail is null)
        {
            context.Journal("NoAccountMatched", "nothing sent; waits for an agent or the deadline");
        }
        else if (request.Throttled)
        {
            context.Journal("VerificationEmailThrottled", "the account had its daily allowance of verification emails");
        }
        else
        {
            var lifetime = XmlConvert.ToTimeSpan(context.Definition.Policy.VerificationLinkLifetime);
            var token = RequesterTokens.Issue(context.Db, request.Id, TokenPurpose.Verify, context.NowUtc, lifetime);
            context.Email("verification", emails.Verification(request, context.Definition, token, context.NowUtc + lifetime));
        }
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Signal, VerifiedSignal));
    }

    public override Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (workflowEvent is SignalReceived { Name: VerifiedByAgentSignal })
        {
            return Task.FromResult(Verified(context));
        }

        var required = (VerificationLevel)context.Definition.Policy.VerificationLevel;
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
