using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// What happened to each store's erase, as the reply must say it: erased by the system, done by hand by staff, or
/// not erased and why. A failed erase counts as done by hand only when an agent resolved its step's incident so; a
/// failure nobody resolved that way is never reported as erased.
/// </summary>
static class ErasureOutcomes
{
    public const string Erased = "erased";
    public const string DoneByHand = "done_by_hand";
    public const string NotErased = "not_erased";

    public static IReadOnlyList<(string Store, string Outcome, string? Ground)> For(WorkflowDefinition definition, IEnumerable<StoreTask> tasks, IEnumerable<Incident> incidents)
    {
        var resolutions = incidents.Where(i => i is { ResolvedAtUtc: not null, ResolutionKind: not null })
            .GroupBy(i => i.Step).ToDictionary(g => g.Key, g => g.MaxBy(i => i.ResolvedAtUtc)!);
        return tasks.Where(t => t.Action == StoreActions.Erase && t.Status != StoreTaskStatus.Pending)
            .Select(t =>
            {
                if (t.Status == StoreTaskStatus.Completed) return (t.Store, Erased, (string?)null);
                var step = definition.Steps.ElementAtOrDefault(t.StepIndex)?.Name;
                return step is not null && resolutions.TryGetValue(step, out var incident) && incident.ResolutionKind == IncidentResolutionKind.DoneByHand
                    ? (t.Store, DoneByHand, null)
                    : (t.Store, NotErased, step is not null && resolutions.TryGetValue(step, out var kept) ? kept.ResolutionGround : null);
            })
            .ToList();
    }
}
