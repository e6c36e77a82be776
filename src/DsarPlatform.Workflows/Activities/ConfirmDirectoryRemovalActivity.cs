using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Notifications;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Asks the directory whether the account is still listed; still listed is an incident for an agent. Not asked when an
/// agent resolved the directory's erase as not erased (on a legal ground): the listing stays on purpose then.
/// </summary>
public sealed class ConfirmDirectoryRemovalActivity(RequestStepContexts contexts) : RequestActivity(contexts)
{
    public override string Name => "ConfirmDirectoryRemoval";

    public override async Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var requestId = context.Request.Id;
        var erases = await context.Db.StoreTasks
            .Where(t => t.RequestId == requestId && t.Store == StoreNames.Directory && t.Action == StoreActions.Erase).ToListAsync(cancellationToken);
        var incidents = await context.Db.Incidents.Where(i => i.RequestId == requestId).ToListAsync(cancellationToken);
        if (ErasureOutcomes.For(context.Definition, erases, incidents).Any(o => o.Outcome == ErasureOutcomes.NotErased))
        {
            context.Journal("DirectoryRemovalNotChecked", "the directory's erase was resolved as not erased, on a legal ground");
            return StepOutcome.Next;
        }
        context.DispatchStoreTask(StoreNames.Directory, StoreActions.CheckListing);
        return StoreTaskWaits.WaitForStep(context);
    }

    public override async Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var tasks = await StoreTaskWaits.TasksOfStepAsync(context, workflowEvent, cancellationToken);
        if (StoreTaskWaits.Settle(context, tasks, workflowEvent) is { } unsettled) return unsettled;
        if (tasks.Any(t => t.Outcome?.StillListed == true))
        {
            return StepOutcome.Fault("The directory still lists the account after the propagation period.");
        }
        context.Journal("DirectoryRemovalConfirmed");
        return StepOutcome.Next;
    }
}
