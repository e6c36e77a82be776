using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// What agents can do about a stuck request: send a failed store task again, or resolve an incident by hand. Each takes the
/// instance version the agent saw (optional) and changes nothing when the request changed since.
/// </summary>
public sealed class RecoveryActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog,
    StoreTaskDispatcher dispatcher, TimeProvider clock)
{
    public Task<StaffActionResult> RetryTaskAsync(string reference, Guid taskId, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var task = await db.StoreTasks.SingleOrDefaultAsync(t => t.Id == taskId && t.RequestId == found.Request.Id, ct);
            if (task is null) return StaffActionResult.NotFound;
            if (task.Status != StoreTaskStatus.Failed) return StaffActionResult.Refused("Only a failed task can be retried.");

            var now = clock.GetUtcNow().UtcDateTime;
            task.Reopen();
            dispatcher.Dispatch(db, task, found.Request, now);
            foreach (var incident in await OpenIncidentsAsync(found, ct)) incident.ResolvedAtUtc = now;
            await engine.RewaitAsync(found.Instance.Id, BookmarkKind.StoreTasks, StoreTaskFinished.KeyFor(found.Instance.StepIndex), ct);
            found.Journal(db, "TaskRetried", $"{task.Store} (task {task.Id}, attempt {task.Attempts})", actor.UserId, actor.Role, now);
            return StaffActionResult.Done;
        }, cancellationToken);

    public Task<StaffActionResult> ResolveIncidentAsync(string reference, Guid incidentId, string? note, StaffActor actor, CancellationToken cancellationToken,
        Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (string.IsNullOrWhiteSpace(note) || note.Length > 1000) return StaffActionResult.Invalid("note", "Say how the problem was solved (at most 1,000 characters).");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == incidentId && i.RequestId == found.Request.Id, ct);
            if (incident is null) return StaffActionResult.NotFound;
            if (incident.ResolvedAtUtc is not null) return StaffActionResult.Refused("The incident is resolved already.");

            var now = clock.GetUtcNow().UtcDateTime;
            incident.ResolvedAtUtc = now;
            incident.Resolution = note.Trim();
            found.Journal(db, "IncidentResolved", $"incident {incident.Id}", actor.UserId, actor.Role, now);
            await engine.ContinueAfterResolutionAsync(found.Instance.Id, actor.UserId, actor.Role, ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    Task<List<Incident>> OpenIncidentsAsync(RequestCase found, CancellationToken cancellationToken) =>
        db.Incidents.Where(i => i.InstanceId == found.Instance.Id && i.ResolvedAtUtc == null).ToListAsync(cancellationToken);
}
