using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Asks the directory whether the account is still listed; still listed is an incident for an agent.</summary>
public sealed class ConfirmDirectoryRemovalActivity : IActivity
{
    public string Name => "ConfirmDirectoryRemoval";

    public Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken)
    {
        context.DispatchStoreTask(StoreNames.Directory, StoreActions.CheckListing);
        return Task.FromResult(StoreTaskWaits.WaitForStep(context));
    }

    public async Task<StepOutcome> ResumeAsync(StepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var tasks = await StoreTaskWaits.TasksOfStepAsync(context, cancellationToken);
        if (StoreTaskWaits.Settle(context, tasks, workflowEvent) is { } unsettled) return unsettled;
        if (tasks.Any(t => t.Outcome?.StillListed == true))
        {
            return StepOutcome.Fault("The directory still lists the account after the propagation period.");
        }
        context.Journal("DirectoryRemovalConfirmed");
        return StepOutcome.Next;
    }
}
