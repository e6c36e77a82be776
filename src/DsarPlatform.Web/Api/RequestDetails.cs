using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Web.Api;

/// <summary>
/// What staff see of a request: its deadline, where its workflow is, its store tasks, incidents, notices and journal;
/// the request it was joined to or the requests joined to it (references); when the holder named by its details was told.
/// </summary>
public sealed record RequestDetails(
    string Reference, string Status, string Type, DateTime ReceivedAtUtc, DateTime DueAtUtc, int DaysLeft, bool Paused,
    DateTime? ExtendedAtUtc, string CurrentStep, string DefinitionId, int DefinitionVersion, string? FaultReason, string? Outcome,
    IReadOnlyList<CorrectionItem> Corrections,
    IReadOnlyList<StoreTaskView> Tasks, IReadOnlyList<IncidentView> Incidents, IReadOnlyList<NoticeView> Notices,
    IReadOnlyList<JournalEntryView> Journal,
    string? DuplicateOf, IReadOnlyList<string> Duplicates, DateTime? HolderNotifiedAtUtc)
{
    public static RequestDetails From(RequestCase found, DateTimeOffset now, IEnumerable<StoreTask> tasks, IEnumerable<Incident> incidents,
        IEnumerable<AgentNotice> notices, IEnumerable<JournalEntry> journal, string? duplicateOf, IReadOnlyList<string> duplicates)
    {
        var (request, instance) = (found.Request, found.Instance);
        return new(request.Reference, instance.Status.ToString(), request.Type.ToString().ToLowerInvariant(),
            request.ReceivedAtUtc, request.DueAtUtc, Deadline.DaysLeft(request.DueAtUtc, now, found.Policy), request.IsClockPaused(found.Policy),
            request.ExtendedAtUtc, instance.CurrentStep, instance.DefinitionId, instance.DefinitionVersion, instance.FaultReason,
            request.Outcome?.ToString(), request.Corrections,
            tasks.Select(t => new StoreTaskView(t.Id, t.Store, t.Action, t.Status.ToString(), t.Attempts, t.Outcome, t.FailureReason)).ToList(),
            incidents.Select(i => new IncidentView(i.Id, i.Step, i.Cause, i.RaisedAtUtc, i.ResolvedAtUtc,
                i.ResolvedAtUtc is null ? ["retry the failed task", "resolve by hand"] : [])).ToList(),
            notices.Select(n => new NoticeView(n.Kind.ToString(), n.Key, n.RaisedAtUtc)).ToList(),
            journal.Select(j => new JournalEntryView(j.Step, j.Event, j.Actor, j.Role, j.AtUtc, j.Detail)).ToList(),
            duplicateOf, duplicates, request.HolderNotifiedAtUtc);
    }
}
