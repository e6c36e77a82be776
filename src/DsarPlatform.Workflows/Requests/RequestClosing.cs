using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Workflows.Requests;

/// <summary>When a request's workflow ends (its last step, or closed early by an agent) the request is closed with it.</summary>
public sealed class RequestClosing(DsarDbContext db) : IWorkflowLifecycle
{
    public async Task ClosedAsync(WorkflowInstance instance, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var request = await db.Requests.FindAsync([instance.RequestId], cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instance.Id} works on request {instance.RequestId}, which does not exist.");
        request.ClosedAtUtc = nowUtc;
    }
}
