using System.Xml;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Proves control of the email on record: a single-use link goes to that address only, never to the
/// one typed into the form. With no matching account nothing is sent and the request simply waits.
/// </summary>
public sealed class VerifyIdentityActivity(EmailComposer emails) : IActivity
{
    public const string VerifiedSignal = "IdentityVerified";

    public string Name => "VerifyIdentity";

    public Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken)
    {
        if (context.Request.RecordEmail is null)
        {
            context.Journal("NoAccountMatched", "nothing sent; waits for manual verification or the deadline");
        }
        else
        {
            var lifetime = XmlConvert.ToTimeSpan(context.Definition.Policy.VerificationLinkLifetime);
            var token = RequesterTokens.Issue(context.Db, context.Request.Id, TokenPurpose.Verify, context.NowUtc, lifetime);
            var expiresAtUtc = context.NowUtc + lifetime;
            context.Email("verification", emails.Verification(context.Request, context.Definition, token, expiresAtUtc));
        }
        return Task.FromResult(StepOutcome.WaitFor(BookmarkKind.Signal, VerifiedSignal));
    }

    public Task<StepOutcome> ResumeAsync(StepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        context.Request.VerifiedAtUtc = context.NowUtc;
        return Task.FromResult(StepOutcome.Next);
    }
}
