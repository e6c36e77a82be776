using System.Globalization;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Web.Staff;

/// <summary>How staff pages show instants: in the company's time zone (the request's policy), to the minute.</summary>
public static class StaffTime
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Format(DateTime utc, WorkflowPolicy policy) => Local(utc, policy).ToString("d MMM yyyy, HH:mm", English);

    public static string Date(DateTime utc, WorkflowPolicy policy) => Local(utc, policy).ToString("d MMMM yyyy", English);

    public static string Clock(DateTime utc, WorkflowPolicy policy) => Local(utc, policy).ToString("HH:mm", English);

    static DateTime Local(DateTime utc, WorkflowPolicy policy) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneInfo.FindSystemTimeZoneById(policy.TimeZone));
}
