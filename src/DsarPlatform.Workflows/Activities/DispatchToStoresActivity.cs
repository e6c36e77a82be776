using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Sends the step's action to each of its stores and waits until every task has answered.</summary>
public sealed class DispatchToStoresActivity : IActivity
{
    public string Name => "DispatchToStores";

    public Task<StepOutcome> StartAsync(StepContext context, CancellationToken cancellationToken)
    {
        var accountId = context.Request.AccountId
            ?? throw new InvalidOperationException("A request without a matched account cannot reach the stores.");
        foreach (var store in context.Step.Stores)
        {
            switch (context.Step.Action)
            {
                case StoreActions.Erase:
                    context.DispatchStoreTask(store, StoreActions.Erase, t => new EraseSubjectData(t.Id, t.RequestId, accountId));
                    break;
                default:
                    throw new InvalidOperationException($"Step '{context.Step.Name}': unknown store action '{context.Step.Action}'.");
            }
        }
        return Task.FromResult(StoreTaskWaits.WaitForStep(context));
    }

    public async Task<StepOutcome> ResumeAsync(StepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var tasks = await StoreTaskWaits.TasksOfStepAsync(context, cancellationToken);
        return StoreTaskWaits.Settle(context, tasks, workflowEvent) ?? StepOutcome.Next;
    }
}
