using DsarPlatform.Workflows.Data;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Records;

/// <summary>Every row kept about one request outside the request and its instance, marked for removal and counted.</summary>
internal sealed class RequestRows(DsarDbContext db, Guid requestId)
{
    readonly List<(string Name, int Count)> _counts = [];

    public async Task RemoveAllAsync(CancellationToken ct)
    {
        Remove("journal", await db.Journal.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("notes", await db.RequestNotes.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("emails", await db.OutgoingEmails.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("store tasks", await db.StoreTasks.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("timers", await db.Timers.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("incidents", await db.Incidents.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("agent notices", await db.AgentNotices.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("access packages", await db.AccessPackages.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("requester tokens", await db.RequesterTokens.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("one-time codes", await db.OneTimeCodes.Where(r => r.RequestId == requestId).ToListAsync(ct));
        Remove("intake attempts", await db.IntakeAttempts.Where(r => r.RequestId == requestId).ToListAsync(ct));
        // A later request joined to this one keeps its own record; only the link goes.
        foreach (var joined in await db.Requests.Where(r => r.DuplicateOfRequestId == requestId).ToListAsync(ct)) joined.DuplicateOfRequestId = null;
    }

    /// <summary>Counts only, never content: "journal 14, notes 1, emails 4, …".</summary>
    public string Describe() => string.Join(", ", _counts.Select(c => $"{c.Name} {c.Count}"));

    void Remove<T>(string name, List<T> rows) where T : class
    {
        db.RemoveRange(rows);
        _counts.Add((name, rows.Count));
    }
}
