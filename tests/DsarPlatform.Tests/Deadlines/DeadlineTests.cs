using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Tests.Deadlines;

/// <summary>The deadline table: every rule is a policy value; due dates end at local midnight and are stored as UTC.</summary>
public sealed class DeadlineTests
{
    static WorkflowPolicy Company => new() { ResponsePeriod = "P30D", TimeZone = "America/Los_Angeles", ExtensionLimit = "P60D" };
    static WorkflowPolicy Gdpr => new() { ResponsePeriod = "P1M", TimeZone = "Europe/Berlin", ExtensionLimit = "P2M" };
    static WorkflowPolicy Ccpa => new() { ResponsePeriod = "P45D", TimeZone = "America/Los_Angeles", ExtensionLimit = "P45D", ReceiptConfirmationBusinessDays = 10 };

    static readonly object[] DueDates =
    [
        new object[] { "company: 30 days, end of the local day", Company, "2026-11-23T10:00:00Z", "2026-12-24T07:59:59.9999999Z" },
        new object[] { "company: the local date counts, not the UTC one", Company, "2026-11-24T05:00:00Z", "2026-12-24T07:59:59.9999999Z" },
        new object[] { "company: due after the spring DST change", Company, "2026-02-10T18:00:00Z", "2026-03-13T06:59:59.9999999Z" },
        new object[] { "company: due after the autumn DST change", Company, "2026-10-05T18:00:00Z", "2026-11-05T07:59:59.9999999Z" },
        new object[] { "GDPR: one calendar month, 31 January → 28 February", Gdpr, "2026-01-31T09:00:00Z", "2026-02-28T22:59:59.9999999Z" },
        new object[] { "GDPR: one month in summer time", Gdpr, "2026-06-15T09:00:00Z", "2026-07-15T21:59:59.9999999Z" },
        new object[] { "CCPA: 45 calendar days", Ccpa, "2026-06-01T18:00:00Z", "2026-07-17T06:59:59.9999999Z" },
    ];

    [TestCaseSource(nameof(DueDates))]
    public void Due_date(string rule, WorkflowPolicy policy, string receivedAt, string expectedDue) =>
        Assert.That(Deadline.DueAtUtc(DateTimeOffset.Parse(receivedAt), policy), Is.EqualTo(DateTime.Parse(expectedDue).ToUniversalTime()), rule);

    [Test]
    public void Gdpr_extension_reaches_at_most_two_further_months()
    {
        var due = Deadline.DueAtUtc(DateTimeOffset.Parse("2026-01-31T09:00:00Z"), Gdpr);
        Assert.That(Deadline.ExtensionCeilingUtc(due, Gdpr), Is.EqualTo(DateTime.Parse("2026-04-28T21:59:59.9999999Z").ToUniversalTime()));
    }

    [Test]
    public void Ccpa_extension_reaches_at_most_45_more_days()
    {
        var due = Deadline.DueAtUtc(DateTimeOffset.Parse("2026-06-01T18:00:00Z"), Ccpa);
        Assert.That(Deadline.ExtensionCeilingUtc(due, Ccpa), Is.EqualTo(DateTime.Parse("2026-08-31T06:59:59.9999999Z").ToUniversalTime()));
    }

    [Test]
    public void Ccpa_receipt_is_confirmed_within_ten_business_days_skipping_weekends()
    {
        var receivedFriday = DateTimeOffset.Parse("2026-11-20T18:00:00Z");
        Assert.That(Deadline.BusinessDaysAfterUtc(receivedFriday, Ccpa.ReceiptConfirmationBusinessDays!.Value, Ccpa),
            Is.EqualTo(DateTime.Parse("2026-12-05T07:59:59.9999999Z").ToUniversalTime()));
    }

    [Test]
    public void A_policy_without_an_extension_limit_allows_no_extension()
    {
        var strict = Company with { ExtensionLimit = null };
        var due = Deadline.DueAtUtc(DateTimeOffset.Parse("2026-11-23T10:00:00Z"), strict);
        Assert.That(Deadline.ExtensionCeilingUtc(due, strict), Is.EqualTo(due));
    }

    [Test]
    public void Days_left_counts_local_days_and_goes_negative_when_overdue()
    {
        var due = Deadline.DueAtUtc(DateTimeOffset.Parse("2026-11-23T10:00:00Z"), Company);
        Assert.That(Deadline.DaysLeft(due, DateTimeOffset.Parse("2026-11-23T10:00:00Z"), Company), Is.EqualTo(30));
        Assert.That(Deadline.DaysLeft(due, DateTimeOffset.Parse("2026-12-23T20:00:00Z"), Company), Is.Zero);
        Assert.That(Deadline.DaysLeft(due, DateTimeOffset.Parse("2026-12-25T20:00:00Z"), Company), Is.EqualTo(-2));
    }

    [TestCase("2026-03-10T18:00:00Z", 3, "2026-03-07", Description = "US spring change (8 March) between the reminder and the due day")]
    [TestCase("2026-11-03T18:00:00Z", 3, "2026-10-31", Description = "US autumn change (1 November) between them")]
    [TestCase("2026-06-10T18:00:00Z", 7, "2026-06-03", Description = "no change")]
    public void A_reminder_days_before_due_ends_its_local_day_also_across_a_DST_change(string dueDayNoonUtc, int days, string reminderDay)
    {
        var due = Deadline.DueAtUtc(DateTimeOffset.Parse(dueDayNoonUtc), Company with { ResponsePeriod = "P0D" });
        var zone = TimeZoneInfo.FindSystemTimeZoneById(Company.TimeZone);

        var local = TimeZoneInfo.ConvertTimeFromUtc(Deadline.CalendarDaysBeforeUtc(due, days, Company), zone);

        Assert.That(local, Is.EqualTo(DateOnly.Parse(reminderDay).ToDateTime(TimeOnly.MaxValue)), "23:59:59.9999999 local on the reminder's day");
    }

    [TestCase("P30D", 0, 30, "30 days")]
    [TestCase("P1M", 1, 0, "1 month")]
    [TestCase("P2M", 2, 0, "2 months")]
    [TestCase("P6W", 0, 42, "42 days")]
    [TestCase("P1M5D", 1, 5, "1 month and 5 days")]
    public void Periods_parse_and_read_as_words(string iso, int months, int days, string words)
    {
        var period = CalendarPeriod.Parse(iso);
        Assert.That((period.Months, period.Days, period.ToString()), Is.EqualTo((months, days, words)));
    }

    [TestCase("P")]
    [TestCase("30D")]
    [TestCase("PT5M")]
    public void Malformed_periods_are_refused(string iso) =>
        Assert.Throws<FormatException>(() => CalendarPeriod.Parse(iso));
}
