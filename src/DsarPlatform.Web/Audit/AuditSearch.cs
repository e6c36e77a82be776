using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// The auditors' request search, read straight from the requests and their instances, newest received first. Pages are
/// keyset pages (strictly after the previous page's last (received, id)), so a deep page costs what the first does.
/// </summary>
public sealed class AuditSearch(DsarDbContext db)
{
    public async Task<AuditPage> ReadAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var rows =
            from r in db.Requests.AsNoTracking()
            join i in db.Instances.AsNoTracking() on r.Id equals i.RequestId
            select new { Request = r, Instance = i };
        if (filter.Reference is { } reference) rows = rows.Where(x => x.Request.Reference.StartsWith(reference));
        if (filter.Type is { } type) rows = rows.Where(x => x.Request.Type == type);
        if (filter.Status is { } status) rows = rows.Where(x => x.Instance.Status == status);
        if (filter.Outcome is { } outcome) rows = rows.Where(x => x.Request.Outcome == outcome);
        if (filter.Channel is { } channel) rows = rows.Where(x => x.Request.Channel == channel);
        if (filter.ReceivedFromUtc is { } receivedFrom) rows = rows.Where(x => x.Request.ReceivedAtUtc >= receivedFrom);
        if (filter.ReceivedBeforeUtc is { } receivedBefore) rows = rows.Where(x => x.Request.ReceivedAtUtc < receivedBefore);
        if (filter.ClosedFromUtc is { } closedFrom) rows = rows.Where(x => x.Request.ClosedAtUtc >= closedFrom);
        if (filter.ClosedBeforeUtc is { } closedBefore) rows = rows.Where(x => x.Request.ClosedAtUtc < closedBefore);
        if (filter.After is { } c)
            rows = rows.Where(x => x.Request.ReceivedAtUtc <= c.AtUtc && (x.Request.ReceivedAtUtc < c.AtUtc || x.Request.Id < c.Id));

        var found = await rows.OrderByDescending(x => x.Request.ReceivedAtUtc).ThenByDescending(x => x.Request.Id)
            .Take(filter.PageSize + 1)
            .Select(x => new
            {
                Row = new AuditRow(x.Request.Reference, x.Request.Type, x.Request.Channel, x.Instance.Status, x.Request.ReceivedAtUtc,
                    x.Request.ClosedAtUtc, x.Request.Outcome, x.Instance.DefinitionId, x.Instance.DefinitionVersion),
                x.Request.Id,
            })
            .ToListAsync(cancellationToken);
        var last = found.Count > filter.PageSize ? found[filter.PageSize - 1] : null;
        return new AuditPage(found.Take(filter.PageSize).Select(x => x.Row).ToList(),
            last is null ? null : new QueueCursor(last.Row.ReceivedAtUtc, last.Id));
    }
}
