using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Verification;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Writes to the requester at the email on record, with the step's template.</summary>
public sealed class NotifySubjectActivity(RequestStepContexts contexts, EmailComposer emails, StatusLinks statusLinks, PayloadSeal seal) : RequestActivity(contexts)
{
    public const string AccessReadyTemplate = "access-ready";

    public const string ActivityName = "NotifySubject";

    public override string Name => ActivityName;

    public override async Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var tasks = await context.Db.StoreTasks.Where(t => t.RequestId == context.Request.Id).ToListAsync(cancellationToken);
        var template = context.Step.Template ?? throw new InvalidOperationException($"Step '{context.Step.Name}' names no template.");
        var statusToken = statusLinks.IssueFor(context.Request, context.NowUtc);
        if (template == AccessReadyTemplate)
        {
            // The download link is issued here, where the email that carries it is written.
            // The compile step usually ran in this same unit of work: its package is tracked, not yet saved.
            var package = context.Db.AccessPackages.Local.SingleOrDefault(p => p.RequestId == context.Request.Id)
                ?? await context.Db.AccessPackages.SingleAsync(p => p.RequestId == context.Request.Id, cancellationToken);
            var token = RequesterTokens.Issue(context.Db, context.Request.Id, TokenPurpose.Download, context.NowUtc, package.ExpiresAtUtc - context.NowUtc);
            context.Email(template, emails.AccessReady(context.Request, token, package.ExpiresAtUtc, statusToken));
        }
        else
        {
            var incidents = await context.Db.Incidents.Where(i => i.RequestId == context.Request.Id).ToListAsync(cancellationToken);
            context.Email(template, emails.Compose(template, context.Request, context.Definition, tasks, incidents, statusToken, DisclosureAnswers.Open(seal, tasks)));
        }
        context.Request.Outcome = Requests.RequestOutcome.Fulfilled;
        return StepOutcome.Next;
    }
}
