using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Activities;

/// <summary>Gives a DSAR step its request: the tracked row of the scope's one context, so the engine's commit saves it.</summary>
public sealed class RequestStepContexts(DsarDbContext db, StoreTaskDispatcher dispatcher)
{
    public async Task<RequestStepContext> ForAsync(StepContext step, CancellationToken cancellationToken)
    {
        var request = await db.Requests.FindAsync([step.Instance.RequestId], cancellationToken)
            ?? throw new InvalidOperationException($"Instance {step.Instance.Id} works on request {step.Instance.RequestId}, which does not exist.");
        return new RequestStepContext(step, db, request, dispatcher);
    }
}
