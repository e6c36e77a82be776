namespace DsarPlatform.Workflows.Deadlines;

/// <summary>Business days on local dates: Monday to Friday, except the given holidays.</summary>
public static class BusinessDays
{
    public static bool Is(DateOnly day, IReadOnlyCollection<DateOnly> holidays) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day);

    /// <summary>The n-th business day after <paramref name="start"/> (start itself does not count); n = 0 gives start.</summary>
    public static DateOnly Add(DateOnly start, int businessDays, IReadOnlyCollection<DateOnly> holidays)
    {
        var day = start;
        for (var counted = 0; counted < businessDays;)
        {
            day = day.AddDays(1);
            if (Is(day, holidays)) counted++;
        }
        return day;
    }

    /// <summary>Business days after <paramref name="from"/> up to and including <paramref name="to"/> (0 when to is not later).</summary>
    public static int Between(DateOnly from, DateOnly to, IReadOnlyCollection<DateOnly> holidays)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (Is(day, holidays)) count++;
        return count;
    }
}
