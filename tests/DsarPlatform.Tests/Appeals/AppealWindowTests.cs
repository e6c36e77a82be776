using DsarPlatform.Workflows.Appeals;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Tests.Appeals;

/// <summary>The appeal's periods end at the end of a local day in the policy's time zone, whatever the hour of the denial or filing.</summary>
public sealed class AppealWindowTests
{
    static readonly WorkflowPolicy Policy = new() { ResponsePeriod = "P30D", TimeZone = "America/New_York" };
    static readonly AppealPolicy Virginia = new() { Window = "P45D", DecisionPeriod = "P60D" };

    [TestCase("2026-11-02T04:30:00Z", "2026-12-17T04:59:59.9999999Z", TestName = "A denial late in the local evening counts from its local day (1 Nov in New York)")]
    [TestCase("2026-11-02T05:30:00Z", "2026-12-18T04:59:59.9999999Z", TestName = "A denial just after local midnight counts from the next local day")]
    [TestCase("2026-02-01T15:00:00Z", "2026-03-19T03:59:59.9999999Z", TestName = "A window that crosses the spring DST change ends at local midnight (EDT)")]
    public void The_window_closes_at_the_end_of_its_last_local_day(string deniedAt, string closesAt) =>
        Assert.That(AppealWindow.ClosesAtUtc(Utc(deniedAt), Policy, Virginia), Is.EqualTo(Utc(closesAt)));

    [Test]
    public void The_decision_is_due_at_the_end_of_the_local_day_of_its_period_from_the_filing() =>
        Assert.That(AppealWindow.DecisionDueAtUtc(Utc("2026-11-02T17:00:00Z"), Policy, Virginia), Is.EqualTo(Utc("2027-01-02T04:59:59.9999999Z")));

    static DateTime Utc(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
}
