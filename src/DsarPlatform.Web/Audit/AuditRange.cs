using System.Globalization;
using DsarPlatform.Workflows.Records;
using Microsoft.Extensions.Primitives;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// The range of received days (UTC, both ends included) and the grouping an auditor asks the records report or the
/// metrics for, read from the query string (<c>from</c>, <c>to</c> as yyyy-mm-dd, <c>by</c> = month | week).
/// </summary>
public sealed record AuditRange(DateOnly From, DateOnly To, MetricsInterval Interval)
{
    /// <summary>About ten years: a wider range is a mistake, and a weekly chart of it would be unreadable.</summary>
    const int MaxDays = 3660;

    /// <summary>The last twelve months, this one included, for a dashboard opened without a range.</summary>
    public static AuditRange LastTwelveMonths(DateOnly today) =>
        new(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today, MetricsInterval.Month);

    /// <summary>Reads the range; a missing end takes <paramref name="defaults"/>' when given, else is an error.</summary>
    public static AuditRange? Parse(IQueryCollection query, AuditRange? defaults, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var from = Day(query["from"], defaults?.From, "from", "first", errors);
        var to = Day(query["to"], defaults?.To, "to", "last", errors);
        var interval = IntervalOf(query["by"], errors);
        if (from is { } first && to is { } last)
        {
            if (last < first) errors["to"] = ["The last day must not be before the first."];
            else if (last.DayNumber - first.DayNumber > MaxDays) errors["to"] = [$"Choose at most {MaxDays} days."];
        }
        return errors.Count == 0 ? new AuditRange(from!.Value, to!.Value, interval) : null;
    }

    static DateOnly? Day(StringValues value, DateOnly? fallback, string name, string which, Dictionary<string, string[]> errors)
    {
        if (StringValues.IsNullOrEmpty(value) || string.IsNullOrWhiteSpace(value.ToString()))
        {
            if (fallback is null) errors[name] = [$"Give the {which} day received, as yyyy-mm-dd."];
            return fallback;
        }
        if (value.Count == 1 && DateOnly.TryParseExact(value.ToString().Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return day;
        errors[name] = [$"Give the {which} day received as yyyy-mm-dd, for example 2026-01-31."];
        return null;
    }

    static MetricsInterval IntervalOf(StringValues value, Dictionary<string, string[]> errors)
    {
        var word = value.ToString().Trim();
        if (word.Length == 0 || word.Equals("month", StringComparison.OrdinalIgnoreCase)) return MetricsInterval.Month;
        if (word.Equals("week", StringComparison.OrdinalIgnoreCase)) return MetricsInterval.Week;
        errors["by"] = ["Group by month or week."];
        return MetricsInterval.Month;
    }

    public string Query => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&by={Interval.ToString().ToLowerInvariant()}";
}
