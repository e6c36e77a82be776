using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>
/// How each kind of rule counts: calendar days, calendar months (a month with no such day ends on its last day), business
/// days without weekends and the policy's holidays; every due instant the end of a local day, on DST change days too.
/// </summary>
public sealed class ClockArithmeticTests
{
    const string LosAngeles = "America/Los_Angeles";
    const string Berlin = "Europe/Berlin";
    const string Dublin = "Europe/Dublin";

    static readonly DateOnly[] CaliforniaHolidays = [new(2026, 11, 26), new(2026, 11, 27), new(2026, 12, 25), new(2027, 1, 1)];

    static WorkflowPolicy Days(int days, string zone) => new() { ResponsePeriod = $"P{days}D", TimeZone = zone };
    static WorkflowPolicy Month(string zone) => new() { ResponsePeriod = "P1M", TimeZone = zone };
    static WorkflowPolicy BusinessDays10(params DateOnly[] holidays) =>
        new() { ResponsePeriod = "P10D", TimeZone = LosAngeles, Counting = DayCounting.Business, Holidays = holidays };

    static readonly object[] DueDates =
    [
        new object[] { "P30D across a month end", Days(30, LosAngeles), "2026-01-20T18:00:00Z", "2026-02-20T07:59:59.9999999Z" },
        new object[] { "P45D across a year end", Days(45, LosAngeles), "2026-12-31T20:00:00Z", "2027-02-15T07:59:59.9999999Z" },
        new object[] { "P1M: 31 January → 28 February", Month(Berlin), "2026-01-31T09:00:00Z", "2026-02-28T22:59:59.9999999Z" },
        new object[] { "P1M: 31 January → 29 February in a leap year", Month(Berlin), "2028-01-31T09:00:00Z", "2028-02-29T22:59:59.9999999Z" },
        new object[] { "P1M: 29 February → 29 March (summer time since the 26th)", Month(Berlin), "2028-02-29T09:00:00Z", "2028-03-29T21:59:59.9999999Z" },
        new object[] { "P1M: 31 March → 30 April", Month(Berlin), "2026-03-31T09:00:00Z", "2026-04-30T21:59:59.9999999Z" },
        new object[] { "P1M: received after local midnight counts from the local date", Month(Berlin), "2026-01-31T23:30:00Z", "2026-03-01T22:59:59.9999999Z" },
        new object[] { "due on the US spring-forward Sunday", Days(30, LosAngeles), "2026-02-06T18:00:00Z", "2026-03-09T06:59:59.9999999Z" },
        new object[] { "due the day before the US spring-forward Sunday", Days(30, LosAngeles), "2026-02-05T18:00:00Z", "2026-03-08T07:59:59.9999999Z" },
        new object[] { "due on the US fall-back Sunday", Days(30, LosAngeles), "2026-10-02T18:00:00Z", "2026-11-02T07:59:59.9999999Z" },
        new object[] { "received in the repeated hour of the US fall-back Sunday", Days(30, LosAngeles), "2026-11-01T09:30:00Z", "2026-12-02T07:59:59.9999999Z" },
        new object[] { "due on the EU spring-forward Sunday", Days(30, Berlin), "2026-02-27T09:00:00Z", "2026-03-29T21:59:59.9999999Z" },
        new object[] { "due on the EU fall-back Sunday", Month(Berlin), "2026-09-25T09:00:00Z", "2026-10-25T22:59:59.9999999Z" },
        new object[] { "due on the EU fall-back Sunday in Dublin", Month(Dublin), "2026-09-25T09:00:00Z", "2026-10-25T23:59:59.9999999Z" },
        new object[] { "due on the EU spring-forward Sunday in Dublin", Days(30, Dublin), "2026-02-27T09:00:00Z", "2026-03-29T22:59:59.9999999Z" },
        new object[] { "P10D business: weekends skipped", BusinessDays10(), "2026-11-20T18:00:00Z", "2026-12-05T07:59:59.9999999Z" },
        new object[] { "P10D business: received on a Saturday counts from Monday", BusinessDays10(), "2026-11-21T18:00:00Z", "2026-12-05T07:59:59.9999999Z" },
        new object[] { "P10D business: Thanksgiving and the day after skipped", BusinessDays10(CaliforniaHolidays), "2026-11-20T18:00:00Z", "2026-12-09T07:59:59.9999999Z" },
        new object[] { "P10D business: across the year end and its holidays", BusinessDays10(CaliforniaHolidays), "2026-12-23T18:00:00Z", "2027-01-09T07:59:59.9999999Z" },
        new object[] { "P10D business: across the US fall-back Sunday", BusinessDays10(), "2026-10-23T18:00:00Z", "2026-11-07T07:59:59.9999999Z" },
    ];

    [TestCaseSource(nameof(DueDates))]
    public void Due_dates_count_as_the_policy_says(string rule, WorkflowPolicy policy, string receivedAt, string expectedDue) =>
        Assert.That(Deadline.DueAtUtc(DateTimeOffset.Parse(receivedAt), policy), Is.EqualTo(Utc(expectedDue)), rule);

    [Test]
    public void Months_stay_calendar_months_when_days_count_as_business_days()
    {
        var policy = new WorkflowPolicy { ResponsePeriod = "P1M2D", TimeZone = LosAngeles, Counting = DayCounting.Business };
        // 31 January 2026 + 1 month = 28 February (a Saturday), + 2 business days = Tuesday 3 March.
        Assert.That(Deadline.DueAtUtc(DateTimeOffset.Parse("2026-01-31T18:00:00Z"), policy), Is.EqualTo(Utc("2026-03-04T07:59:59.9999999Z")));
    }

    [Test]
    public void Receipt_confirmation_skips_weekends_and_the_policys_holidays()
    {
        var policy = Days(45, LosAngeles) with { Holidays = CaliforniaHolidays };
        Assert.That(Deadline.BusinessDaysAfterUtc(DateTimeOffset.Parse("2026-11-20T18:00:00Z"), 10, policy), Is.EqualTo(Utc("2026-12-09T07:59:59.9999999Z")));
    }

    [Test]
    public void A_business_day_extension_lands_on_a_business_day()
    {
        var policy = BusinessDays10(CaliforniaHolidays) with { ExtensionLimit = "P10D" };
        var due = Utc("2026-11-25T07:59:59.9999999Z"); // Tuesday 24 November
        Assert.That(Deadline.ExtendedUtc(due, 3, policy), Is.EqualTo(Utc("2026-12-02T07:59:59.9999999Z")), "Wed, (Thu, Fri holidays, weekend), Mon, Tue");
        Assert.That(Deadline.ExtensionCeilingUtc(due, policy), Is.EqualTo(Utc("2026-12-11T07:59:59.9999999Z")));
    }

    [Test]
    public void A_pause_moves_the_due_date_by_the_whole_local_days_it_spanned()
    {
        var policy = Days(30, LosAngeles);
        var due = Utc("2026-12-24T07:59:59.9999999Z");
        Assert.That(Deadline.ResumedUtc(due, Utc("2026-11-23T18:00:00Z"), Utc("2026-11-26T17:00:00Z"), policy),
            Is.EqualTo(Utc("2026-12-27T07:59:59.9999999Z")), "Monday 10:00 to Thursday 09:00: three local days");
        Assert.That(Deadline.ResumedUtc(due, Utc("2026-11-23T16:00:00Z"), Utc("2026-11-24T07:30:00Z"), policy),
            Is.EqualTo(due), "08:00 to 23:30 the same local day: no whole day");
        Assert.That(Deadline.ResumedUtc(due, Utc("2026-11-24T07:30:00Z"), Utc("2026-11-24T08:30:00Z"), policy),
            Is.EqualTo(Utc("2026-12-25T07:59:59.9999999Z")), "23:30 to 00:30: the local date changed once");
    }

    [Test]
    public void A_pause_across_the_spring_forward_leaves_the_due_date_at_the_end_of_a_local_day()
    {
        var policy = Days(30, LosAngeles);
        var due = Utc("2026-03-06T07:59:59.9999999Z"); // end of Thursday 5 March, standard time
        Assert.That(Deadline.ResumedUtc(due, Utc("2026-03-06T18:00:00Z"), Utc("2026-03-11T18:00:00Z"), policy),
            Is.EqualTo(Utc("2026-03-11T06:59:59.9999999Z")), "end of 10 March, summer time");
    }

    [Test]
    public void Under_business_counting_a_pause_moves_the_due_date_by_the_business_days_it_spanned()
    {
        var policy = BusinessDays10(CaliforniaHolidays);
        var due = Utc("2026-12-09T07:59:59.9999999Z"); // Tuesday 8 December
        // Paused Friday 20 to Monday 30 November: 23, 24, 25 and 30 are business days (26, 27 holidays).
        Assert.That(Deadline.ResumedUtc(due, Utc("2026-11-20T18:00:00Z"), Utc("2026-11-30T18:00:00Z"), policy),
            Is.EqualTo(Utc("2026-12-15T07:59:59.9999999Z")));
    }

    [Test]
    public void Days_left_while_paused_are_frozen_at_the_pause_and_never_negative()
    {
        var policy = Days(30, LosAngeles);
        var due = Utc("2026-12-24T07:59:59.9999999Z"); // end of 23 December
        var muchLater = DateTimeOffset.Parse("2027-01-30T18:00:00Z");
        Assert.That(Deadline.DaysLeft(due, Utc("2026-12-20T18:00:00Z"), muchLater, policy), Is.EqualTo(3));
        Assert.That(Deadline.DaysLeft(due, Utc("2026-12-26T18:00:00Z"), muchLater, policy), Is.Zero, "paused after the due date");
        Assert.That(Deadline.DaysLeft(due, null, muchLater, policy), Is.EqualTo(-38), "running: overdue");
    }

    [TestCase("P10D", false, "10 days")]
    [TestCase("P10D", true, "10 business days")]
    [TestCase("P1M1D", true, "1 month and 1 business day")]
    public void Periods_read_with_their_counting(string iso, bool business, string words) =>
        Assert.That(CalendarPeriod.Parse(iso).ToString(business), Is.EqualTo(words));

    static DateTime Utc(string instant) => DateTime.Parse(instant, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}
