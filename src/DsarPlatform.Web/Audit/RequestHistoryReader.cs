using DsarPlatform.Contracts;
using DsarPlatform.Web.Staff;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// Reads one request's history for auditors (no tracking, one snapshot); null for an unknown reference. Only ids, codes, roles and
/// instants: the journal's own detail, never the notes or texts agents typed (they may name the person).
/// </summary>
public sealed class RequestHistoryReader(DsarDbContext db, DefinitionCatalog catalog, TimeProvider clock)
{
    static readonly HashSet<string> StaffRoleNames = [.. StaffRoles.All];

    public async Task<RequestHistory?> ReadAsync(string reference, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        // One snapshot for the request, its journal, tasks and emails: a commit between two reads cannot show a state that never was.
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, cancellationToken);
        if (await RequestCase.LoadAsync(db, catalog, reference, cancellationToken) is not { } found) return null;
        var (request, instance, definition) = (found.Request, found.Instance, found.Definition);
        var stored = await db.StoredDefinitions.FindAsync([instance.DefinitionId, instance.DefinitionVersion], cancellationToken);
        var journal = await db.Journal.Where(j => j.RequestId == request.Id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var tasks = await db.StoreTasks.Where(t => t.RequestId == request.Id).OrderBy(t => t.CreatedAtUtc).ToListAsync(cancellationToken);
        var emails = await db.OutgoingEmails.Where(e => e.RequestId == request.Id).OrderBy(e => e.CreatedAtUtc)
            .Select(e => new AuditEmail(e.Template, e.CreatedAtUtc, e.SentAtUtc, e.Attempts, e.RefusedAtUtc, e.Refusal, e.NextAttemptAtUtc)).ToListAsync(cancellationToken);

        var timeline = journal.Select(Line).ToList();
        var retained = tasks.Where(t => t.Action == StoreActions.Erase && t.Outcome is not null)
            .SelectMany(t => t.Outcome!.Retained.Select(item => new RetainedRecord(t.Store, item))).ToList();
        return new RequestHistory(request, instance, definition, stored, clock.GetUtcNow().UtcDateTime,
            Visits(definition, instance, request, journal), timeline,
            timeline.Where(line => StaffRoleNames.Contains(line.Role)).ToList(),
            tasks.Where(t => t.Action != StoreActions.Identify).ToList(), retained, emails);
    }

    static TimelineLine Line(JournalEntry entry) =>
        new(entry.AtUtc, entry.Event, entry.Actor, entry.Role, $"{StaffTimeline.What(entry)} ({entry.Step.Replace('-', ' ')})", entry.Detail);

    /// <summary>
    /// Each step of the definition with its first start and last finish in the journal. A step left without a finish line
    /// (a denial closes the workflow mid-step) ends where the next step starts, or when the request closed.
    /// </summary>
    static List<StepVisit> Visits(WorkflowDefinition definition, WorkflowInstance instance, DsarRequest request, IReadOnlyList<JournalEntry> journal)
    {
        var started = journal.Where(j => j.Event == "StepStarted").GroupBy(j => j.Step).ToDictionary(g => g.Key, g => g.Min(j => j.AtUtc));
        var finished = journal.Where(j => j.Event == "StepCompleted").GroupBy(j => j.Step).ToDictionary(g => g.Key, g => g.Max(j => j.AtUtc));
        var open = instance.Status is not (InstanceStatus.Completed or InstanceStatus.Cancelled);
        var visits = new List<StepVisit>();
        for (var index = 0; index < definition.Steps.Count; index++)
        {
            var step = definition.Steps[index];
            var current = open && index == instance.StepIndex;
            DateTime? start = started.TryGetValue(step.Name, out var s) ? s : null;
            DateTime? end = finished.TryGetValue(step.Name, out var f) ? f : null;
            if (start is not null && end is null && !current)
            {
                end = definition.Steps.Skip(index + 1).Select(next => started.TryGetValue(next.Name, out var n) ? n : (DateTime?)null)
                    .FirstOrDefault(n => n is not null) ?? request.ClosedAtUtc;
            }
            visits.Add(new StepVisit(index + 1, step, start is not null, current, start, end));
        }
        return visits;
    }
}
