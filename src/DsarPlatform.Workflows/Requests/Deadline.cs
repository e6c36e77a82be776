using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Requests;

/// <summary>Due = the end of the day, in the company's time zone, that falls the policy's response days after receipt.</summary>
public static class Deadline
{
    public static DateTime DueAtUtc(DateTimeOffset receivedAt, WorkflowPolicy policy)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(policy.TimeZone);
        var receivedLocal = TimeZoneInfo.ConvertTime(receivedAt, zone);
        var lastDay = DateOnly.FromDateTime(receivedLocal.DateTime).AddDays(policy.ResponseDays);
        var nextMidnight = lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // One tick before the next local midnight, converted through the zone so DST days are right.
        return TimeZoneInfo.ConvertTimeToUtc(nextMidnight, zone).AddTicks(-1);
    }
}
