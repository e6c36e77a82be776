using System.Globalization;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.StoreTasks;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>
/// The values every reply template gets, whichever workflow sends it, so a new type's reply needs only its template:
/// what the stores erased and kept, what happened store by store to each erase (<see cref="ErasureOutcomes"/>), and the
/// decision on each correction, and the disclosures for direct marketing of the year a "Shine the Light" answer covers.
/// </summary>
static class ReplyValues
{
    public static Dictionary<string, object> For(DsarRequest request, WorkflowDefinition definition, IReadOnlyList<StoreTask> tasks,
        IReadOnlyList<Incident> incidents, string statusUrl, IReadOnlyList<MarketingDisclosure> disclosures)
    {
        var stores = ErasureOutcomes.For(definition, tasks, incidents);
        var erasures = Done(tasks, StoreActions.Erase).ToList();
        var changedIn = Done(tasks, StoreActions.Rectify)
            .SelectMany(t => t.Outcome!.Counts.Where(c => c.Count > 0).Select(c => (Field: c.Category.Replace("field:", ""), t.Store)))
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(x => RequesterWords.Words(x.Store))));
        return new Dictionary<string, object>
        {
            ["reference"] = request.Reference,
            ["propagation_days"] = RequesterWords.PropagationDays(definition),
            ["status_url"] = statusUrl,
            ["erased"] = erasures.SelectMany(t => t.Outcome!.Counts.Where(c => c.Count > 0).Select(c => Values(
                ("category", RequesterWords.Words(c.Category)), ("count", c.Count), ("store", RequesterWords.Words(t.Store))))).ToList(),
            ["retained"] = erasures.SelectMany(t => t.Outcome!.Retained.Select(r => Values(
                ("category", RequesterWords.Words(r.Category)), ("count", r.Count), ("store", RequesterWords.Words(t.Store)),
                ("legal_basis", r.LegalBasis), ("until", RequesterWords.Date(r.RetainUntilUtc))))).ToList(),
            ["accepted"] = request.Corrections.Where(c => c.Accepted == true).Select(c => Values(
                ("field", RequesterWords.Field(c.Field)), ("new_value", c.NewValue), ("changed_in", changedIn.GetValueOrDefault(c.Field, "")))).ToList(),
            ["stores"] = stores.Select(o => Values(("name", o.Store), ("store", RequesterWords.Words(o.Store)), ("outcome", o.Outcome), ("ground", o.Ground ?? ""))).ToList(),
            ["all_erased"] = stores.All(o => o.Outcome != ErasureOutcomes.NotErased),
            ["refused"] = request.Corrections.Where(c => c.Accepted == false).Select(c => Values(
                ("field", RequesterWords.Field(c.Field)), ("reason", c.DecisionReason ?? ""))).ToList(),
            ["disclosure_year"] = DisclosureYears.Covered(request, definition.Policy).ToString(CultureInfo.InvariantCulture),
            ["disclosed_categories"] = disclosures.SelectMany(d => d.Categories).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            ["third_parties"] = disclosures.GroupBy(d => (d.ThirdPartyName, d.ThirdPartyAddress)).OrderBy(g => g.Key.ThirdPartyName, StringComparer.Ordinal)
                .Select(g => Values(("name", g.Key.ThirdPartyName), ("address", g.Key.ThirdPartyAddress),
                    ("categories", string.Join(", ", g.SelectMany(d => d.Categories).Distinct(StringComparer.OrdinalIgnoreCase)))))
                .ToList(),
        };
    }

    static IEnumerable<StoreTask> Done(IEnumerable<StoreTask> tasks, string action) =>
        tasks.Where(t => t.Action == action && t.Status == StoreTaskStatus.Completed);

    static Dictionary<string, object> Values(params (string Name, object Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
