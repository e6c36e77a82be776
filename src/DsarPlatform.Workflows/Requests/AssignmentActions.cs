using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// Who works a request: an agent claims it, assigns it to another agent, or hands it back. Only agents can hold a
/// request; each change is journaled ("Assigned"/"Unassigned") with the assignee's user id and the actor's id and role.
/// </summary>
public sealed class AssignmentActions(DsarDbContext db, WorkflowEngine engine, DefinitionCatalog catalog, TimeProvider clock)
{
    public const int MaxBulk = 200;
    public const string AssignedEvent = "Assigned";
    public const string UnassignedEvent = "Unassigned";

    /// <summary>Assigns the request to the acting agent; refused when another agent holds it (use assign to take it over).</summary>
    public Task<StaffActionResult> ClaimAsync(string reference, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (!await IsAgentAsync(actor.UserId, ct)) return StaffActionResult.Invalid("assigneeId", "Only an agent can hold a request.");
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.Request.AssigneeId is { } holder && holder != actor.UserId)
                return StaffActionResult.Refused("Another agent holds this request; assign it to yourself to take it over.");
            return Assign(found, actor.UserId, actor);
        }, cancellationToken);

    public Task<StaffActionResult> AssignAsync(string reference, string? assigneeId, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (await InvalidAssigneeAsync(assigneeId, ct) is { } invalid) return invalid;
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            return Assign(found, assigneeId!, actor);
        }, cancellationToken);

    public Task<StaffActionResult> UnassignAsync(string reference, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (await RequestCase.LoadAsync(db, catalog, reference, ct) is not { } found) return StaffActionResult.NotFound;
            if (found.Request.ClosedAtUtc is not null) return StaffActionResult.Refused("The request is closed.");
            if (found.Request.AssigneeId is not { } previous) return StaffActionResult.Done;
            found.Request.AssigneeId = null;
            found.Journal(db, UnassignedEvent, previous, actor.UserId, actor.Role, clock.GetUtcNow().UtcDateTime);
            return StaffActionResult.Done;
        }, cancellationToken);

    /// <summary>
    /// Assigns every request named to one agent in one transaction: if any reference is unknown, closed or repeated,
    /// nothing changes and the result names it.
    /// </summary>
    public Task<StaffActionResult> BulkAssignAsync(IReadOnlyList<string>? references, string? assigneeId, StaffActor actor, CancellationToken cancellationToken) =>
        engine.CommitAsync(async ct =>
        {
            if (references is null || references.Count == 0) return StaffActionResult.Invalid("references", "Choose at least one request.");
            if (references.Count > MaxBulk) return StaffActionResult.Invalid("references", $"Choose at most {MaxBulk} requests at once.");
            if (references.GroupBy(r => r).FirstOrDefault(g => g.Count() > 1) is { } repeated)
                return StaffActionResult.Invalid("references", $"{repeated.Key} is named twice.");
            if (await InvalidAssigneeAsync(assigneeId, ct) is { } invalid) return invalid;

            foreach (var reference in references)
            {
                var found = await RequestCase.LoadAsync(db, catalog, reference, ct);
                var result = found is null
                    ? StaffActionResult.Invalid("references", $"{reference} is not a known request; nothing was assigned.")
                    : Assign(found, assigneeId!, actor) is { Status: not StaffActionStatus.Done } refused
                        ? StaffActionResult.Refused($"{reference}: {refused.Message} Nothing was assigned.")
                        : null;
                if (result is null) continue;
                // The unit of work commits whatever is tracked: forget the assignments made so far.
                db.ChangeTracker.Clear();
                return result;
            }
            return StaffActionResult.Done;
        }, cancellationToken);

    StaffActionResult Assign(RequestCase found, string assigneeId, StaffActor actor)
    {
        if (found.Request.ClosedAtUtc is not null) return StaffActionResult.Refused("The request is closed.");
        if (found.Request.AssigneeId == assigneeId) return StaffActionResult.Done;
        found.Request.AssigneeId = assigneeId;
        found.Journal(db, AssignedEvent, assigneeId, actor.UserId, actor.Role, clock.GetUtcNow().UtcDateTime);
        return StaffActionResult.Done;
    }

    async Task<StaffActionResult?> InvalidAssigneeAsync(string? assigneeId, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(assigneeId) ? StaffActionResult.Invalid("assigneeId", "Choose the agent to assign.")
        : await IsAgentAsync(assigneeId, ct) ? null
        : StaffActionResult.Invalid("assigneeId", "Requests can be assigned to agents only, and this user is not one.");

    Task<bool> IsAgentAsync(string userId, CancellationToken ct) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId && role.Name == StaffRoles.Agent
         select userRole).AnyAsync(ct);
}
