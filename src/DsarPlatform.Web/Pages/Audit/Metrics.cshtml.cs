using System.Globalization;
using DsarPlatform.Web.Audit;
using DsarPlatform.Workflows.Records;
using DsarPlatform.Workflows.Requests;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DsarPlatform.Web.Pages.Audit;

/// <summary>The metrics dashboard: requests over time by type and by status as server-drawn charts, and every figure as a table.</summary>
public sealed class MetricsModel(MetricsReport metrics, TimeProvider clock) : PageModel
{
    /// <summary>Statuses in the order the charts stack them.</summary>
    static readonly string[] StatusOrder =
    [
        MetricsReport.OpenStatus, RecordWords.Fulfilled, RecordWords.PartiallyFulfilled, RecordWords.Refused, RecordWords.Denied,
        RecordWords.LinkedToOpenRequest, RecordWords.AnsweredEarlierThisYear,
    ];

    public AuditRange Range { get; private set; } = null!;
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public MetricsSnapshot? Snapshot { get; private set; }
    public StackedBarChart? ByType { get; private set; }
    public StackedBarChart? ByStatus { get; private set; }
    public IReadOnlyList<string> Statuses { get; private set; } = [];

    public string Query(string name, string fallback) => Request.Query.ContainsKey(name) ? Request.Query[name].ToString() : fallback;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var defaults = AuditRange.LastTwelveMonths(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var range = AuditRange.Parse(Request.Query, defaults, out var errors);
        Errors = errors;
        Range = range ?? defaults;
        if (range is null)
        {
            foreach (var (name, messages) in errors) ModelState.AddModelError(name, string.Join(" ", messages));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var snapshot = await metrics.ReadAsync(range.From, range.To, range.Interval, cancellationToken);
        Snapshot = snapshot;
        var labels = snapshot.Periods.Select(p => Label(p.Start)).ToList();
        ByType = new StackedBarChart("by-type", $"Requests received per {Unit} by type", labels,
            Enum.GetValues<RequestType>().Select(MetricsReport.TypeOf)
                .Select(type => (type, (IReadOnlyList<int>)snapshot.Periods.Select(p => p.ByType[type]).ToList())).ToList());
        Statuses = StatusOrder.Where(s => snapshot.Periods.Any(p => p.ByStatus.ContainsKey(s))).ToList();
        ByStatus = new StackedBarChart("by-status", $"Requests received per {Unit} by status now", labels,
            Statuses.Select(status => (status, (IReadOnlyList<int>)snapshot.Periods.Select(p => p.ByStatus.GetValueOrDefault(status)).ToList())).ToList());
    }

    public string Unit => Range.Interval == MetricsInterval.Month ? "month" : "week";

    public string Label(DateOnly start) => Range.Interval == MetricsInterval.Month
        ? start.ToString("MMM yyyy", CultureInfo.InvariantCulture)
        : "w/c " + start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(double? rate) => rate is { } value ? (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "none answered";

    public static string Days(double? days) => days is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) : "none closed";
}
