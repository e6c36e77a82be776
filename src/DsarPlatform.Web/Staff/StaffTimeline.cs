using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Web.Staff;

/// <summary>
/// The journal in staff's words. Unlike the requester's history it shows every line, with its detail, and puts back
/// what the journal only calls "note kept on the request": the note, reason, question or answer kept on the request.
/// </summary>
public static class StaffTimeline
{
    public static IReadOnlyList<TimelineLine> From(IEnumerable<JournalEntry> journal, DsarRequest request, IEnumerable<Incident> incidents,
        IReadOnlyDictionary<string, string> staffNames)
    {
        var resolutions = incidents.Where(i => i.Resolution is not null).ToDictionary(i => $"incident {i.Id}", i => i.Resolution!);
        return journal.Select(entry => new TimelineLine(entry.AtUtc, entry.Event, Who(entry.Actor, staffNames), Role(entry.Role),
            $"{What(entry)} ({Step(entry.Step)})", Why(entry, request, resolutions))).ToList();
    }

    static string Who(string actor, IReadOnlyDictionary<string, string> names) => names.GetValueOrDefault(actor, actor);

    static string Role(string role) => role switch
    {
        "DataSubject" => "requester",
        _ => role,
    };

    static string Step(string step) => step.Replace('-', ' ');

    /// <summary>What a journal line records, in plain words (the auditors' history reuses it).</summary>
    public static string What(JournalEntry entry) => entry.Event switch
    {
        "RequestReceived" => "Request received",
        "StepStarted" => "Step started",
        "StepCompleted" => "Step finished",
        "AccountMatched" => "Account found",
        "NoAccountMatched" => "No account matched",
        "IdentityVerified" => "Identity verified",
        "VerificationIncomplete" => "Email confirmed, but too few details matched: an agent must verify",
        "VerifiedByAgent" => "Verified by hand",
        "AwaitingAgentReview" => "Waiting for an agent's decisions",
        "DecisionsRecorded" => "Correction decisions recorded",
        "SignalReceived" => "Workflow resumed",
        "TaskDispatched" => "Task sent to a store",
        "TaskCompleted" => "Store task finished",
        "TaskFailed" => "Store task failed",
        "TaskFailedWillRetry" => "Store task failed; will retry",
        "TaskRedispatched" => "Store task sent again",
        "TaskRetried" => "Failed task retried by an agent",
        "Faulted" => "Step stuck: incident raised",
        "IncidentResolved" => "Incident resolved",
        "StepResolvedByAgent" => "Step resolved by an agent",
        "InformationRequested" => "Question asked to the requester",
        "InformationProvided" => "Requester answered",
        "DeadlineExtended" => "Deadline extended",
        "RequestDenied" => "Request denied",
        "EmailQueued" => "Email queued",
        "EmailRefused" => "Email refused by the mail server: not sent",
        "WaitStarted" => "Waiting",
        "NoteAdded" => "Internal note added",
        "Completed" => "Workflow completed",
        _ => System.Text.RegularExpressions.Regex.Replace(entry.Event, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant() is var words
             ? char.ToUpperInvariant(words[0]) + words[1..] : entry.Event,
    };

    static string? Why(JournalEntry entry, DsarRequest request, IReadOnlyDictionary<string, string> resolutions) => entry.Event switch
    {
        "VerifiedByAgent" => Note("note", request.ManualVerificationNote),
        "DeadlineExtended" => $"{entry.Detail}. {Note("reason", request.ExtensionReason)}",
        "RequestDenied" => $"{entry.Detail}. {Note("text sent", request.DenialReason)}{(request.DenialNote is null ? "" : $" Agent's note: {request.DenialNote}")}",
        "IncidentResolved" => entry.Detail is { } id && resolutions.TryGetValue(id, out var resolution) ? $"{id}: {resolution}" : entry.Detail,
        _ => entry.Detail,
    };

    static string Note(string what, string? text) => text is null ? "" : $"{char.ToUpperInvariant(what[0])}{what[1..]}: {text}";
}
