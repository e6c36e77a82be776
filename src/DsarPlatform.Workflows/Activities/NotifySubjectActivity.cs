using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Writes to the requester at the email on record, with the step's template.</summary>
public sealed class NotifySubjectActivity(EmailComposer emails) : IActivity
{
    public string Name => "NotifySubject";

    public async Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken)
    {
        var tasks = await context.Db.StoreTasks.Where(t => t.RequestId == context.Request.Id).ToListAsync(cancellationToken);
        var template = context.Step.Template ?? throw new InvalidOperationException($"Step '{context.Step.Name}' names no template.");
        context.Email(template, emails.Compose(template, context.Request, context.Definition, tasks));
        return StepOutcome.Next;
    }
}
