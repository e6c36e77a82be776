using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Drp;

/// <summary>
/// Run by <see cref="DsarDbContext"/> before every save: for each changed request or instance that an agent's DRP
/// request follows, works out the DRP status again and, when it changed, records it on the <see cref="DrpRequest"/>
/// and queues a <see cref="DrpCallback"/> in the same transaction, so no change is announced that did not commit and
/// none that committed goes unannounced. One indexed look-up per save that touches requests. Returns whether it looked at
/// any DRP request (and so may have changed one).
/// </summary>
public static class DrpStatusTracker
{
    public static async Task<bool> TrackAsync(DsarDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();
        var requestIds = entries.Select(e => e.Entity switch
            {
                DsarRequest request => request.Id,
                WorkflowInstance instance => instance.RequestId,
                _ => (Guid?)null,
            })
            .OfType<Guid>().Distinct().ToList();
        var added = entries.Select(e => e.Entity).OfType<DrpRequest>().Where(d => d.RequestId is not null).ToList();
        if (requestIds.Count == 0 && added.Count == 0) return false;

        var followed = requestIds.Count == 0
            ? []
            : await db.DrpRequests.Where(d => d.RequestId != null && requestIds.Contains(d.RequestId.Value)).ToListAsync(cancellationToken);
        foreach (var drp in followed.Concat(added).Distinct())
        {
            var requestId = drp.RequestId!.Value;
            var request = await db.Requests.FindAsync([requestId], cancellationToken);
            var instance = db.ChangeTracker.Entries<WorkflowInstance>().Select(e => e.Entity).FirstOrDefault(i => i.RequestId == requestId)
                           ?? await db.Instances.FirstOrDefaultAsync(i => i.RequestId == requestId, cancellationToken);
            Record(db, drp, DrpStatusMap.For(drp, request, instance));
        }
        return followed.Count > 0 || added.Count > 0;
    }

    /// <summary>Keeps <paramref name="status"/> on the request and queues its callback, when it differs from the last one.</summary>
    public static void Record(DsarDbContext db, DrpRequest drp, DrpStatus status)
    {
        var key = DrpStatusMap.KeyOf(status);
        if (key == drp.StatusKey) return;
        var first = drp.StatusKey.Length == 0;
        drp.StatusKey = key;
        drp.Status = status.Status;
        drp.Reason = status.Reason;
        drp.ExpectedByUtc = status.ExpectedBy?.UtcDateTime;
        // The agent learns the first status from the answer to its request; callbacks announce the changes after it.
        if (!first && drp.StatusCallback is not null)
            db.DrpCallbacks.Add(new DrpCallback { DrpRequestId = drp.Id, Status = Text(status) });
    }

    static string Text(DrpStatus status) => status.Reason is null ? status.Status : $"{status.Status}/{status.Reason}";
}
