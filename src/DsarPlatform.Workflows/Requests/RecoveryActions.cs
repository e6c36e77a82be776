using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// What agents can do about a stuck request: send a failed store task again, or resolve an incident by hand. A failed
/// field read can be sent again too; nothing waits on it, so the workflow is left where it is. Each takes the
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
            // Nothing waits on a read and no incident was raised for it: the workflow stays where it is.
            if (task.Action != StoreActions.ReadFields)
            {
                foreach (var incident in await OpenIncidentsAsync(found, ct)) incident.ResolvedAtUtc = now;
                await engine.RewaitAsync(found.Instance.Id, BookmarkKind.StoreTasks, StoreTaskFinished.KeyFor(found.Instance.StepIndex), ct);
            }
            found.Journal(db, "TaskRetried", $"{task.Store} (task {task.Id}, attempt {task.Attempts})", actor.UserId, actor.Role, now);
            return StaffActionResult.Done;
        }, cancellationToken);

    public const int MaxNoteLength = 1000;
    public const int MaxGroundLength = 500;

    /// <summary>
    /// Resolves an incident truthfully: <see cref="IncidentResolutionKind.DoneByHand"/> (staff did the work outside the
    /// system; the note says how) or <see cref="IncidentResolutionKind.NotErased"/> (a failed erase that stays undone, on
    /// the legal ground given; only for an erase step). The workflow goes on, and the reply says store by store what happened.
    /// </summary>
    public Task<StaffActionResult> ResolveIncidentAsync(string reference, Guid incidentId, IncidentResolutionKind? kind, string? note, string? ground,
        StaffActor actor, CancellationToken cancellationToken, Guid? expectedVersion = null) =>
        engine.CommitAsync(async ct =>
        {
            if (kind is null) return StaffActionResult.Invalid("kind", "Say what happened: done by hand outside the system, or not erased on a legal ground.");
            if (string.IsNullOrWhiteSpace(note) || note.Length > MaxNoteLength) return StaffActionResult.Invalid("note", "Say how the problem was solved (at most 1,000 characters).");
            if (kind == IncidentResolutionKind.NotErased && (string.IsNullOrWhiteSpace(ground) || ground.Length > MaxGroundLength))
                return StaffActionResult.Invalid("ground", "Give the legal ground for keeping the data (at most 500 characters); the requester is told it.");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.ChangedSince(expectedVersion)) return StaffActionResult.Changed;
            var incident = await db.Incidents.SingleOrDefaultAsync(i => i.Id == incidentId && i.RequestId == found.Request.Id, ct);
            if (incident is null) return StaffActionResult.NotFound;
            if (incident.ResolvedAtUtc is not null) return StaffActionResult.Refused("The incident is resolved already.");
            if (kind == IncidentResolutionKind.NotErased && !IsEraseStep(found, incident.Step))
                return StaffActionResult.Refused("Only a failed erase can be resolved as not erased.");

            var now = clock.GetUtcNow().UtcDateTime;
            incident.ResolvedAtUtc = now;
            incident.Resolution = note.Trim();
            incident.ResolutionKind = kind;
            incident.ResolutionGround = kind == IncidentResolutionKind.NotErased ? ground!.Trim() : null;
            found.Journal(db, "IncidentResolved", $"incident {incident.Id}: {kind}", actor.UserId, actor.Role, now);
            if (HoldsUpStep(incident.Step))
                await engine.ContinueAfterResolutionAsync(found.Instance.Id, actor.UserId, actor.Role, ct);
            return StaffActionResult.Done;
        }, cancellationToken);

    /// <summary>
    /// False for incidents that block no step (an agent's failing status callbacks, a refused email, a timer that cannot
    /// fire and is tried again every sweep): resolving them moves nothing, and there is no task to retry.
    /// </summary>
    public static bool HoldsUpStep(string incidentStep) =>
        incidentStep is not (Drp.DrpCallback.IncidentStep or Notifications.EmailRefusals.IncidentStep or TimerSweep.IncidentStep);

    static bool IsEraseStep(RequestCase found, string step) =>
        found.Definition.Steps.FirstOrDefault(s => s.Name == step) is { Activity: "DispatchToStores", Action: StoreActions.Erase };

    Task<List<Incident>> OpenIncidentsAsync(RequestCase found, CancellationToken cancellationToken) =>
        db.Incidents.Where(i => i.InstanceId == found.Instance.Id && i.ResolvedAtUtc == null).ToListAsync(cancellationToken);
}
