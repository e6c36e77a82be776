using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Asks the directory whether the account is still listed; still listed is an incident for an agent.</summary>
public sealed class ConfirmDirectoryRemovalActivity(RequestStepContexts contexts) : RequestActivity(contexts)
{
    public override string Name => "ConfirmDirectoryRemoval";

    public override Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        context.DispatchStoreTask(StoreNames.Directory, StoreActions.CheckListing);
        return Task.FromResult(StoreTaskWaits.WaitForStep(context));
    }

    public override async Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
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
