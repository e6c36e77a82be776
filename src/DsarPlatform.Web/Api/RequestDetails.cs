using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Web.Api;

/// <summary>What staff see of a request: where its workflow is, its store tasks and its journal.</summary>
public sealed record RequestDetails(
    string Reference, string Status, string Type, DateTime ReceivedAtUtc, DateTime DueAtUtc,
    string CurrentStep, string DefinitionId, int DefinitionVersion, string? FaultReason,
    IReadOnlyList<StoreTaskView> Tasks, IReadOnlyList<JournalEntryView> Journal)
{
    public static RequestDetails From(DsarRequest request, WorkflowInstance instance, IEnumerable<StoreTask> tasks, IEnumerable<JournalEntry> journal) =>
        new(request.Reference, instance.Status.ToString(), request.Type.ToString().ToLowerInvariant(),
            request.ReceivedAtUtc, request.DueAtUtc, instance.CurrentStep, instance.DefinitionId, instance.DefinitionVersion,
            instance.FaultReason,
            tasks.Select(t => new StoreTaskView(t.Id, t.Store, t.Action, t.Status.ToString(), t.Outcome, t.FailureReason)).ToList(),
            journal.Select(j => new JournalEntryView(j.Step, j.Event, j.Actor, j.Role, j.AtUtc, j.Detail)).ToList());
}
