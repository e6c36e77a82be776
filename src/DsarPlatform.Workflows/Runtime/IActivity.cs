namespace DsarPlatform.Workflows.Runtime;

/// <summary>
/// One entry of the activity catalog. Activities only change tracked state through the context;
/// the engine commits everything they did in one transaction.
/// </summary>
public interface IActivity
{
    string Name { get; }

    Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken);

    Task<StepOutcome> ResumeAsync(StepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken) =>
        Task.FromResult(StepOutcome.Next);
}
