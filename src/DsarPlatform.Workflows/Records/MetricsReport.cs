using DsarPlatform.Workflows.Data;
using DsarPlatform.Workflows.Definitions;
using DsarPlatform.Workflows.Requests;
using Microsoft.EntityFrameworkCore;

namespace DsarPlatform.Workflows.Records;

/// <summary>The metrics dashboard's figures, computed from the same records the records report lists, so the two agree.</summary>
public sealed class MetricsReport(DsarDbContext db, RecordsReport records, DefinitionCatalog catalog, TimeProvider clock)
{
    public const string OpenStatus = "open";

    public async Task<MetricsSnapshot> ReadAsync(DateOnly from, DateOnly to, MetricsInterval interval, CancellationToken cancellationToken)
    {
        var rows = new List<RecordRow>();
        await foreach (var row in records.ReadAsync(from, to, cancellationToken)) rows.Add(row);
        var now = clock.GetUtcNow().UtcDateTime;
        var answered = rows.Where(r => r.ResponseAtUtc is not null).ToList();
        var daysToClose = rows.Where(r => r.DaysToClose is not null).Select(r => r.DaysToClose!.Value).Order().ToList();
        return new MetricsSnapshot
        {
            From = from,
            To = to,
            Interval = interval,
            Periods = Periods(rows, from, to, interval),
            Received = rows.Count,
            Answered = answered.Count,
            AnsweredOnTime = answered.Count(r => r.OnTime),
            OnTimeRate = answered.Count == 0 ? null : (double)answered.Count(r => r.OnTime) / answered.Count,
            Closed = daysToClose.Count,
            MedianDaysToClose = Median(daysToClose),
            Percentile90DaysToClose = daysToClose.Count == 0 ? null : daysToClose[(int)Math.Ceiling(0.9 * daysToClose.Count) - 1],
            ExtensionsUsed = rows.Count(r => r.Extended),
            OverdueNow = await OverdueNowAsync(now, cancellationToken),
            OpenIncidents = await db.Incidents.CountAsync(i => i.ResolvedAtUtc == null, cancellationToken),
        };
    }

    /// <summary>Open and past due, not counting a paused clock (waiting on the requester under a definition that pauses), as the queue does.</summary>
    Task<int> OverdueNowAsync(DateTime now, CancellationToken cancellationToken)
    {
        var nonPausing = catalog.All.Where(d => !d.Policy.PauseClockWhileWaitingOnRequester).Select(d => d.Id).Distinct().ToList();
        return (from r in db.Requests
                join i in db.Instances on r.Id equals i.RequestId
                where r.ClosedAtUtc == null && r.DueAtUtc < now && (r.AwaitingRequesterSinceUtc == null || nonPausing.Contains(i.DefinitionId))
                select r.Id).CountAsync(cancellationToken);
    }

    public static string StatusOf(RecordRow row) => row.ResponseKind == RecordWords.Open ? OpenStatus : row.ResponseKind;

    public static string TypeOf(RequestType type) => type.ToString().ToLowerInvariant();

    public static DateOnly PeriodStart(DateOnly day, MetricsInterval interval) => interval == MetricsInterval.Month
        ? new DateOnly(day.Year, day.Month, 1)
        : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    static List<MetricsPeriod> Periods(List<RecordRow> rows, DateOnly from, DateOnly to, MetricsInterval interval)
    {
        var byStart = rows.GroupBy(r => PeriodStart(DateOnly.FromDateTime(r.ReceivedAtUtc), interval)).ToDictionary(g => g.Key, g => g.ToList());
        var periods = new List<MetricsPeriod>();
        for (var start = PeriodStart(from, interval); start <= to; start = interval == MetricsInterval.Month ? start.AddMonths(1) : start.AddDays(7))
        {
            var inPeriod = byStart.GetValueOrDefault(start) ?? [];
            periods.Add(new MetricsPeriod(start,
                Enum.GetValues<RequestType>().ToDictionary(TypeOf, type => inPeriod.Count(r => r.Type == type)),
                inPeriod.GroupBy(StatusOf).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())));
        }
        return periods;
    }

    static double? Median(List<int> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    };
}
