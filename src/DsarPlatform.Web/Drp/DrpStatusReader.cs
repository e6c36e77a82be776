using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Drp;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Drp;

/// <summary>A DRP request's current status, from our request and its instance (or its own record when no workflow runs).</summary>
public static class DrpStatusReader
{
    public static async Task<DrpStatus> ReadAsync(DsarDbContext db, DrpRequest drp, CancellationToken cancellationToken)
    {
        if (drp.RequestId is not { } requestId) return DrpStatusMap.For(drp, null, null);
        var request = await db.Requests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var instance = await db.Instances.AsNoTracking().SingleOrDefaultAsync(i => i.RequestId == requestId, cancellationToken);
        return DrpStatusMap.For(drp, request, instance);
    }
}
