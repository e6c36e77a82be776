using System.Text.Json;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The disclosures for direct marketing the stores answered (<see cref="StoreActions.ListDisclosures"/>), opened from
/// their seal only to write the reply: never journaled, logged or stored in clear.
/// </summary>
public static class DisclosureAnswers
{
    public static IReadOnlyList<MarketingDisclosure> Open(PayloadSeal seal, IEnumerable<StoreTask> tasks) =>
        tasks.Where(t => t.Action == StoreActions.ListDisclosures && t.Status == StoreTaskStatus.Completed && t.Outcome?.SealedDisclosures is not null)
            .SelectMany(t => JsonSerializer.Deserialize<List<MarketingDisclosure>>(seal.Open(t.Outcome!.SealedDisclosures!), JsonSerializerOptions.Web) ?? [])
            .ToList();
}
