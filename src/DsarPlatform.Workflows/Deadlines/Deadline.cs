using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// Deadline arithmetic in the company's time zone. A period ends at the end of its last local day
/// (stored as UTC), computed through the zone so days with a DST change are right.
/// </summary>
public static class Deadline
{
    /// <summary>Due = received + the policy's response period, end of that local day.</summary>
    public static DateTime DueAtUtc(DateTimeOffset receivedAt, WorkflowPolicy policy) =>
        EndOfLocalDayUtc(CalendarPeriod.Parse(policy.ResponsePeriod).AddTo(LocalDate(receivedAt, policy)), policy);

    /// <summary>The latest due date an extension may reach: the first due date + the policy's extension limit.</summary>
    public static DateTime ExtensionCeilingUtc(DateTime initialDueAtUtc, WorkflowPolicy policy) =>
        policy.ExtensionLimit is null
            ? initialDueAtUtc
            : EndOfLocalDayUtc(CalendarPeriod.Parse(policy.ExtensionLimit).AddTo(LocalDate(initialDueAtUtc, policy)), policy);

    /// <summary>A due date moved by whole days, still at the end of its local day.</summary>
    public static DateTime ExtendedUtc(DateTime dueAtUtc, int days, WorkflowPolicy policy) =>
        EndOfLocalDayUtc(LocalDate(dueAtUtc, policy).AddDays(days), policy);

    /// <summary>End of the n-th business day (Monday to Friday) after receipt, e.g. CCPA's 10-day receipt confirmation.</summary>
    public static DateTime BusinessDaysAfterUtc(DateTimeOffset receivedAt, int businessDays, WorkflowPolicy policy)
    {
        var day = LocalDate(receivedAt, policy);
        for (var counted = 0; counted < businessDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) counted++;
        }
        return EndOfLocalDayUtc(day, policy);
    }

    /// <summary>Whole local days from now until the due day (0 on the due day, negative when overdue).</summary>
    public static int DaysLeft(DateTime dueAtUtc, DateTimeOffset now, WorkflowPolicy policy) =>
        LocalDate(dueAtUtc, policy).DayNumber - LocalDate(now, policy).DayNumber;

    /// <summary>The local day an instant falls on, as the requester should read a due date.</summary>
    public static DateOnly LocalDay(DateTime utc, WorkflowPolicy policy) => LocalDate(utc, policy);

    static DateOnly LocalDate(DateTimeOffset instant, WorkflowPolicy policy) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone(policy)).DateTime);

    static DateOnly LocalDate(DateTime utc, WorkflowPolicy policy) =>
        LocalDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), policy);

    static DateTime EndOfLocalDayUtc(DateOnly day, WorkflowPolicy policy)
    {
        var nextMidnight = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(nextMidnight, Zone(policy)).AddTicks(-1);
    }

    static TimeZoneInfo Zone(WorkflowPolicy policy) => TimeZoneInfo.FindSystemTimeZoneById(policy.TimeZone);
}
