using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>An activity that works on a DSAR request: the runtime calls it with its step context, the activity sees the request's.</summary>
public abstract class RequestActivity(RequestStepContexts contexts) : IActivity
{
    public abstract string Name { get; }

    public abstract Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken);

    public virtual Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Next);

    async Task<StepOutcome> IActivity.StartAsync(StepContext context, CancellationToken cancellationToken) =>
        await StartAsync(await contexts.ForAsync(context, cancellationToken), cancellationToken);

    async Task<StepOutcome> IActivity.ResumeAsync(StepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken) =>
        await ResumeAsync(await contexts.ForAsync(context, cancellationToken), workflowEvent, cancellationToken);
}
