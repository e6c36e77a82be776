using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// An agent revokes its request (DRP <c>DELETE</c>): our request is closed as withdrawn through the engine, journaled
/// as done by the agent. A request already in a final state is left as it is.
/// </summary>
public sealed class DrpRevocation(DsarDbContext db, WorkflowEngine engine)
{
    public const string Role = "AuthorizedAgent";

    /// <returns>True when it was withdrawn now; false when it had already reached a final state.</returns>
    public async Task<bool> RevokeAsync(Guid drpRequestId, CancellationToken cancellationToken) =>
        await engine.CommitAsync(async ct =>
        {
            var drp = await db.DrpRequests.SingleAsync(d => d.Id == drpRequestId, ct);
            if (DrpStates.IsFinal(drp.Status) || drp.RequestId is not { } requestId) return false;
            var request = await db.Requests.SingleAsync(r => r.Id == requestId, ct);
            var instance = await db.Instances.SingleAsync(i => i.RequestId == requestId, ct);
            if (request.ClosedAtUtc is not null || instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled) return false;
            request.Outcome = RequestOutcome.Withdrawn;
            // The agent's reason is the person's own words: it is not kept.
            return await engine.CloseAsync(instance.Id, "WithdrawnByAgent", "revoked over the Data Rights Protocol", Actor(drp.AgentId), Role, ct);
        }, cancellationToken);

    /// <summary>How an agent appears in the journal: its directory id, never a person.</summary>
    public static string Actor(string agentId) => "drp-agent:" + agentId;
}
