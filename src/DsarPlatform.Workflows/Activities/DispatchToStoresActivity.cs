using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Sends the step's action to each of its stores and waits until every task has answered.</summary>
public sealed class DispatchToStoresActivity : IActivity
{
    public string Name => "DispatchToStores";

    public Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken)
    {
        var action = context.Step.Action ?? throw new InvalidOperationException($"Step '{context.Step.Name}' names no action.");
        if (action == StoreActions.Rectify && StoreTaskDispatcher.AcceptedChanges(context.Request).Count == 0)
        {
            context.Journal("NothingToRectify", "no change was accepted");
            return Task.FromResult(StepOutcome.Next);
        }
        foreach (var store in context.Step.Stores) context.DispatchStoreTask(store, action);
        return Task.FromResult(StoreTaskWaits.WaitForStep(context));
    }

    public async Task<StepOutcome> ResumeAsync(StepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var tasks = await StoreTaskWaits.TasksOfStepAsync(context, cancellationToken);
        return StoreTaskWaits.Settle(context, tasks, workflowEvent) ?? StepOutcome.Next;
    }
}
