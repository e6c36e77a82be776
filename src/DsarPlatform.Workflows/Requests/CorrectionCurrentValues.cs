using System.Security.Cryptography;
using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// The current value of each field a correction asks to change, as the stores answered the review step's field reads
/// (<see cref="StoreActions.ReadFields"/>): opened here, for staff only, never stored or logged in clear. Per field, in
/// the order asked: one line per store that holds it, or that has not answered or could not be read (it may hold it);
/// one <see cref="FieldReadState.NotHeld"/> line when every store answered and none holds it. Empty when no read was
/// made (not a correction, not reviewed yet, or a workflow version that does not read) and once the request is closed.
/// </summary>
public static class CorrectionCurrentValues
{
    public static async Task<IReadOnlyList<FieldCurrentValue>> ForAsync(DsarDbContext db, PayloadSeal seal, Guid requestId, CancellationToken cancellationToken)
    {
        var reads = await db.StoreTasks.AsNoTracking()
            .Where(t => t.RequestId == requestId && t.Action == StoreActions.ReadFields)
            .ToListAsync(cancellationToken);
        if (reads.Count == 0) return [];
        var request = await db.Requests.AsNoTracking().SingleAsync(r => r.Id == requestId, cancellationToken);
        if (request.ClosedAtUtc is not null) return []; // the reads were shed when the request closed

        // One read per store; should a step ever have asked twice, its latest read counts.
        var latest = reads.GroupBy(t => t.Store).Select(g => g.OrderBy(t => t.CreatedAtUtc).Last()).OrderBy(t => t.Store, StringComparer.Ordinal)
            .Select(t => (Task: t, Values: Opened(seal, t))).ToList();
        var lines = new List<FieldCurrentValue>();
        foreach (var field in StoreTaskDispatcher.CorrectedFields(request))
        {
            var before = lines.Count;
            foreach (var (task, values) in latest)
            {
                if (task.Status == StoreTaskStatus.Pending) lines.Add(new(field, task.Store, null, FieldReadState.Pending, null));
                else if (values is null) lines.Add(new(field, task.Store, null, FieldReadState.Failed, task.FinishedAtUtc));
                else if (values.FirstOrDefault(v => v.Field == field) is { } held)
                    lines.Add(new(field, task.Store, held.Value, FieldReadState.Read, task.FinishedAtUtc));
            }
            if (lines.Count == before) lines.Add(new(field, null, null, FieldReadState.NotHeld, null));
        }
        return lines;
    }

    /// <summary>A completed read's values; null for a failed one, or one whose seal does not open (then it cannot be shown either).</summary>
    static List<FieldValue>? Opened(PayloadSeal seal, StoreTask task)
    {
        if (task.Status != StoreTaskStatus.Completed || task.Outcome?.SealedFields is not { } sealedFields) return null;
        try
        {
            return JsonSerializer.Deserialize<List<FieldValue>>(seal.Open(sealedFields), JsonSerializerOptions.Web) ?? [];
        }
        catch (Exception failure) when (failure is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }
}
