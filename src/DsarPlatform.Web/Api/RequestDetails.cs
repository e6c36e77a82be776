using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Web.Api;

/// <summary>
/// What staff see of a request: its deadline, where its workflow is, its store tasks (those acting on the person's data in
/// <see cref="Tasks"/>; the first step's account lookups, without their sealed records, in <see cref="Identification"/>),
/// incidents, notices and journal; the request it was joined to or the requests joined to it (references); when the holder
/// named by its details was told; its concurrency <see cref="Version"/> (also the ETag, for If-Match on actions), the
/// reasons and notes kept on it (<see cref="Reasons"/>) and the internal notes; for a correction, the
/// <see cref="CurrentValues"/> the stores hold of each field to decide (staff only); the <see cref="Regime"/> (id) it follows, its
/// <see cref="RegimeName"/> and the <see cref="RegimeReason"/> it was chosen for.
/// </summary>
public sealed record RequestDetails(
    string Reference, string Status, string Type, DateTime ReceivedAtUtc, DateTime DueAtUtc, int DaysLeft, bool Paused,
    DateTime? ExtendedAtUtc, string CurrentStep, string DefinitionId, int DefinitionVersion, string? FaultReason, string? Outcome,
    IReadOnlyList<CorrectionItem> Corrections,
    IReadOnlyList<StoreTaskView> Tasks, IReadOnlyList<IncidentView> Incidents, IReadOnlyList<NoticeView> Notices,
    IReadOnlyList<JournalEntryView> Journal,
    string? DuplicateOf, IReadOnlyList<string> Duplicates, DateTime? HolderNotifiedAtUtc, IReadOnlyList<StoreTaskView> Identification,
    Guid Version, RequestReasons Reasons, IReadOnlyList<NoteView> Notes, IReadOnlyList<CurrentValueView> CurrentValues,
    string Regime, string RegimeName, string RegimeReason)
{
    /// <summary>For an appeal or a denied request that was appealed: the other request and the reasons (<see cref="AppealView"/>).</summary>
    public AppealView? Appeal { get; init; }

    public static RequestDetails From(RequestCase found, DateTimeOffset now, IEnumerable<StoreTask> tasks, IEnumerable<Incident> incidents,
        IEnumerable<AgentNotice> notices, IEnumerable<JournalEntry> journal, string? duplicateOf, IReadOnlyList<string> duplicates,
        IEnumerable<RequestNote> notes, IReadOnlyDictionary<string, string> staffNames, IEnumerable<FieldCurrentValue> currentValues, string regimeName)
    {
        var (request, instance) = (found.Request, found.Instance);
        return new(request.Reference, instance.Status.ToString(), request.Type.Key(),
            request.ReceivedAtUtc, request.DueAtUtc, Deadline.DaysLeft(request.DueAtUtc, request.ClockPausedSinceUtc(found.Policy), now, found.Policy), request.IsClockPaused(found.Policy),
            request.ExtendedAtUtc, instance.CurrentStep, instance.DefinitionId, instance.DefinitionVersion, instance.FaultReason,
            request.Outcome?.ToString(), request.Corrections,
            tasks.Where(t => t.Action != StoreActions.Identify).Select(t => View(t, t.Outcome is { } o ? o with { SealedFields = null, SealedDisclosures = null } : null)).ToList(),
            incidents.Select(i => new IncidentView(i.Id, i.Step, i.Cause, i.RaisedAtUtc, i.ResolvedAtUtc,
                i.ResolvedAtUtc is not null ? [] : RecoveryActions.HoldsUpStep(i.Step) ? ["retry the failed task", "resolve by hand"] : ["resolve by hand"], i.Resolution, i.ResolutionKind?.ToString(), i.ResolutionGround)).ToList(),
            notices.Select(n => new NoticeView(n.Kind.ToString(), n.Key, n.RaisedAtUtc)).ToList(),
            journal.Select(j => new JournalEntryView(j.Step, j.Event, j.Actor, j.Role, j.AtUtc, j.Detail)).ToList(),
            duplicateOf, duplicates, request.HolderNotifiedAtUtc,
            tasks.Where(t => t.Action == StoreActions.Identify).Select(t => View(t, t.Outcome is { } o ? o with { SealedAccounts = null } : null)).ToList(),
            instance.Version,
            new RequestReasons(request.RequesterQuestion, request.RequesterAnswer, request.ManualVerificationNote, request.ExtensionReason,
                request.DenialCode, DenialCodes.Find(request.DenialCode)?.LegalGround, request.DenialGround, request.DenialReason, request.DenialNote),
            notes.Select(n => new NoteView(n.AtUtc, n.AuthorUserId, staffNames.GetValueOrDefault(n.AuthorUserId, n.AuthorUserId), n.AuthorRole, n.Text)).ToList(),
            currentValues.Select(v => new CurrentValueView(v.Field, v.Store, v.Value, v.State.ToString(), v.ReadAtUtc)).ToList(),
            request.RegimeId, regimeName, request.RegimeReason);
    }

    static StoreTaskView View(StoreTask task, StoreTaskOutcome? outcome) =>
        new(task.Id, task.Store, task.Action, task.Status.ToString(), task.Attempts, outcome, task.FailureReason);
}
