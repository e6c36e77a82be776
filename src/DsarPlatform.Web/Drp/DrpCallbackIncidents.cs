using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Drp;

/// <summary>
/// Callbacks that keep failing become an incident on the request, for staff to take up with the agent's technical
/// contact; it closes by itself when a callback gets through.
/// </summary>
public static class DrpCallbackIncidents
{
    public const string Step = DrpCallback.IncidentStep;

    public static async Task RaiseAsync(DsarDbContext db, DrpRequest drp, string failure, int attempts, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (drp.RequestId is not { } requestId) return;
        var instance = await db.Instances.SingleAsync(i => i.RequestId == requestId, cancellationToken);
        db.Incidents.Add(new Incident
        {
            RequestId = requestId, InstanceId = instance.Id, Step = Step, RaisedAtUtc = nowUtc,
            Cause = $"The authorized agent {drp.AgentId} does not accept our status callbacks ({failure}, {attempts} attempts); we keep trying. "
                    + "Check with the agent's technical contact on the agents page.",
        });
    }

    public static async Task ResolveAsync(DsarDbContext db, DrpRequest drp, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (drp.RequestId is not { } requestId) return;
        var open = await db.Incidents.Where(i => i.RequestId == requestId && i.Step == Step && i.ResolvedAtUtc == null).ToListAsync(cancellationToken);
        foreach (var incident in open)
        {
            incident.ResolvedAtUtc = nowUtc;
            incident.Resolution = "A later status callback was accepted.";
        }
    }
}
