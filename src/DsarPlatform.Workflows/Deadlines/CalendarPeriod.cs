using System.Text.RegularExpressions;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// A legal period in calendar terms, from ISO-8601 (P30D, P1M, P2M, P45D, P6W): months are added as
/// calendar months (31 January + P1M = 28 February), the way "one month" is read in GDPR Art. 12(3).
/// </summary>
public readonly partial record struct CalendarPeriod(int Months, int Days)
{
    public static CalendarPeriod Parse(string iso)
    {
        var match = Pattern().Match(iso);
        if (!match.Success || iso == "P") throw new FormatException($"'{iso}' is not a period like P30D, P1M or P6W.");
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new CalendarPeriod(Part(1), Part(2) * 7 + Part(3));
    }

    public DateOnly AddTo(DateOnly date) => date.AddMonths(Months).AddDays(Days);

    /// <summary>In words, for letters to requesters: "30 days", "1 month", "2 months and 5 days".</summary>
    public override string ToString() => ToString(businessDays: false);

    /// <summary>In words, its days named business days when they count so: "10 business days", "1 month and 5 business days".</summary>
    public string ToString(bool businessDays)
    {
        var day = businessDays ? "business day" : "day";
        var parts = new List<string>();
        if (Months > 0) parts.Add(Months == 1 ? "1 month" : $"{Months} months");
        if (Days > 0 || parts.Count == 0) parts.Add(Days == 1 ? $"1 {day}" : $"{Days} {day}s");
        return string.Join(" and ", parts);
    }

    [GeneratedRegex(@"^P(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")]
    private static partial Regex Pattern();
}
