using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Deadlines;

/// <summary>
/// Deadline arithmetic in the policy's time zone. A period ends at the end of its last local day (stored as UTC),
/// computed through the zone so days with a DST change are right. Days count as the policy says (calendar or
/// business days, <see cref="BusinessDays"/>); months are always calendar months.
/// </summary>
public static class Deadline
{
    /// <summary>Due = received + the policy's response period, end of that local day.</summary>
    public static DateTime DueAtUtc(DateTimeOffset receivedAt, WorkflowPolicy policy) =>
        EndOfLocalDayUtc(Add(CalendarPeriod.Parse(policy.ResponsePeriod), LocalDate(receivedAt, policy), policy), policy);

    /// <summary>The latest due date an extension may reach: the first due date + the policy's extension limit.</summary>
    public static DateTime ExtensionCeilingUtc(DateTime initialDueAtUtc, WorkflowPolicy policy) =>
        policy.ExtensionLimit is null
            ? initialDueAtUtc
            : EndOfLocalDayUtc(Add(CalendarPeriod.Parse(policy.ExtensionLimit), LocalDate(initialDueAtUtc, policy), policy), policy);

    /// <summary>A due date moved by whole days (counted as the policy counts), still at the end of its local day.</summary>
    public static DateTime ExtendedUtc(DateTime dueAtUtc, int days, WorkflowPolicy policy) =>
        EndOfLocalDayUtc(Add(new CalendarPeriod(0, days), LocalDate(dueAtUtc, policy), policy), policy);

    /// <summary>
    /// The due date after a pause from <paramref name="pausedAtUtc"/> to <paramref name="resumedAtUtc"/>: moved by the
    /// whole local days the pause spanned (a pause within one day moves nothing), counted as the policy counts.
    /// </summary>
    public static DateTime ResumedUtc(DateTime dueAtUtc, DateTime pausedAtUtc, DateTime resumedAtUtc, WorkflowPolicy policy)
    {
        var (from, to) = (LocalDate(pausedAtUtc, policy), LocalDate(resumedAtUtc, policy));
        var days = policy.Counting == DayCounting.Business ? BusinessDays.Between(from, to, policy.Holidays) : to.DayNumber - from.DayNumber;
        return days <= 0 ? dueAtUtc : ExtendedUtc(dueAtUtc, days, policy);
    }

    /// <summary>End of the n-th business day after receipt (weekends and the policy's holidays skipped), e.g. CCPA's 10-day receipt confirmation.</summary>
    public static DateTime BusinessDaysAfterUtc(DateTimeOffset receivedAt, int businessDays, WorkflowPolicy policy) =>
        EndOfLocalDayUtc(BusinessDays.Add(LocalDate(receivedAt, policy), businessDays, policy.Holidays), policy);

    /// <summary>Whole local days from now until the due day (0 on the due day, negative when overdue).</summary>
    public static int DaysLeft(DateTime dueAtUtc, DateTimeOffset now, WorkflowPolicy policy) =>
        LocalDate(dueAtUtc, policy).DayNumber - LocalDate(now, policy).DayNumber;

    /// <summary>
    /// Days left as staff and the API show them: while the clock is paused, frozen at what was left when the pause began
    /// (the resume moves the due date by the pause) and never negative.
    /// </summary>
    public static int DaysLeft(DateTime dueAtUtc, DateTime? pausedAtUtc, DateTimeOffset now, WorkflowPolicy policy) =>
        pausedAtUtc is { } paused
            ? Math.Max(0, DaysLeft(dueAtUtc, new DateTimeOffset(DateTime.SpecifyKind(paused, DateTimeKind.Utc)), policy))
            : DaysLeft(dueAtUtc, now, policy);

    /// <summary>
    /// The same local time <paramref name="days"/> calendar days before a due date (the end of that earlier local day):
    /// through the zone, so a reminder whose span crosses a DST change is not an hour early or late.
    /// </summary>
    public static DateTime CalendarDaysBeforeUtc(DateTime dueAtUtc, int days, WorkflowPolicy policy) =>
        EndOfLocalDayUtc(LocalDate(dueAtUtc, policy).AddDays(-days), policy);

    /// <summary>The local day an instant falls on, as the requester should read a due date.</summary>
    public static DateOnly LocalDay(DateTime utc, WorkflowPolicy policy) => LocalDate(utc, policy);

    static DateOnly Add(CalendarPeriod period, DateOnly start, WorkflowPolicy policy) =>
        policy.Counting == DayCounting.Business
            ? BusinessDays.Add(start.AddMonths(period.Months), period.Days, policy.Holidays)
            : period.AddTo(start);

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
