using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Staff;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Web.Staff;

/// <summary>Reads what the request page shows (no tracking); null for an unknown reference.</summary>
public sealed class RequestCaseReader(DsarDbContext db, DefinitionCatalog catalog, RecordName recordName, PayloadSeal seal, TimeProvider clock)
{
    public async Task<RequestCaseView?> ReadAsync(string reference, CancellationToken cancellationToken)
    {
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, cancellationToken);
        if (await RequestCase.LoadAsync(db, catalog, reference, cancellationToken) is not { } found) return null;
        var id = found.Request.Id;
        var tasks = await db.StoreTasks.Where(t => t.RequestId == id && t.Action != StoreActions.Identify).OrderBy(t => t.CreatedAtUtc).ToListAsync(cancellationToken);
        var timers = await db.Timers.Where(t => t.RequestId == id && t.FiredAtUtc == null).ToListAsync(cancellationToken);
        var incidents = await db.Incidents.Where(i => i.RequestId == id).OrderBy(i => i.RaisedAtUtc).ToListAsync(cancellationToken);
        var journal = await db.Journal.Where(j => j.RequestId == id).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var notes = await db.RequestNotes.Where(n => n.RequestId == id).OrderBy(n => n.AtUtc).ToListAsync(cancellationToken);
        // Metadata only: the bodies hold codes and links that staff must never see.
        var emails = await db.OutgoingEmails.Where(e => e.RequestId == id).OrderBy(e => e.CreatedAtUtc)
            .Select(e => new SentEmail(e.Template, e.To, e.Subject, e.CreatedAtUtc, e.SentAtUtc, e.RefusedAtUtc, e.Refusal, e.NextAttemptAtUtc)).ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, journal.Select(j => j.Actor).Concat(notes.Select(n => n.AuthorUserId))
            .Append(found.Request.AssigneeId ?? ""), cancellationToken);

        return new RequestCaseView(found, clock.GetUtcNow(), CurrentWait.Describe(found.Request, found.Instance, found.Definition, tasks, timers),
            StaffTimeline.From(journal, found.Request, incidents, names), tasks, incidents, emails,
            notes.Select(n => (n, names.GetValueOrDefault(n.AuthorUserId, n.AuthorUserId))).ToList(),
            await recordName.ReadAsync(found.Request, cancellationToken), await CorrectionCurrentValues.ForAsync(db, seal, id, cancellationToken),
            found.Request.AssigneeId is { } assignee ? names.GetValueOrDefault(assignee) : null,
            found.Request.AppealOfRequestId is { } deniedId ? await db.Requests.SingleOrDefaultAsync(r => r.Id == deniedId, cancellationToken) : null,
            await db.Requests.SingleOrDefaultAsync(r => r.AppealOfRequestId == id, cancellationToken),
            await AuthorizedAgentAsync(id, cancellationToken));
    }

    async Task<string?> AuthorizedAgentAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var filed = await (from drp in db.DrpRequests
                           where drp.RequestId == requestId
                           join agent in db.DrpAgents on drp.AgentId equals agent.AgentId into agents
                           from agent in agents.DefaultIfEmpty()
                           select new { drp.AgentId, Name = agent == null ? null : agent.Name, drp.AgentRequestId })
            .FirstOrDefaultAsync(cancellationToken);
        if (filed is null) return null;
        var who = filed.Name is null ? filed.AgentId : $"{filed.Name} ({filed.AgentId})";
        return filed.AgentRequestId is null ? who : $"{who}, their reference {filed.AgentRequestId}";
    }
}
