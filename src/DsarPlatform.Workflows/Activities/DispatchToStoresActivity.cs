using System.Globalization;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Activities;

/// <summary>
/// Sends the step's action to each of its stores and waits until every task has answered. A disclosures listing asks for
/// the calendar year before the request's receipt.
/// </summary>
public sealed class DispatchToStoresActivity(RequestStepContexts contexts) : RequestActivity(contexts)
{
    public override string Name => "DispatchToStores";

    public override Task<StepOutcome> StartAsync(RequestStepContext context, CancellationToken cancellationToken)
    {
        var action = context.Step.Action ?? throw new InvalidOperationException($"Step '{context.Step.Name}' names no action.");
        if (action == StoreActions.Rectify && StoreTaskDispatcher.AcceptedChanges(context.Request).Count == 0)
        {
            context.Journal("NothingToRectify", "no change was accepted");
            return Task.FromResult(StepOutcome.Next);
        }
        // The year is fixed once, from the receipt date: a retry asks for the same year whenever it goes out.
        var payload = action == StoreActions.ListDisclosures
            ? DisclosureYears.Covered(context.Request, context.Definition.Policy).ToString(CultureInfo.InvariantCulture) : null;
        foreach (var store in context.Step.Stores) context.DispatchStoreTask(store, action, payload);
        return Task.FromResult(StoreTaskWaits.WaitForStep(context));
    }

    public override async Task<StepOutcome> ResumeAsync(RequestStepContext context, WorkflowEvent workflowEvent, CancellationToken cancellationToken)
    {
        var tasks = await StoreTaskWaits.TasksOfStepAsync(context, workflowEvent, cancellationToken);
        return StoreTaskWaits.Settle(context, tasks, workflowEvent) ?? StepOutcome.Next;
    }
}
