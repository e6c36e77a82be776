using System.Globalization;
using System.Xml;
using DsarPlatform.Contracts;
using DsarPlatform.Workflows.Deadlines;
using DsarPlatform.Workflows.Definitions;

namespace DsarPlatform.Workflows.Notifications;

/// <summary>How requester-facing text says dates, field names and durations, the same in every email and on the status page.</summary>
public static class RequesterWords
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", English);

    /// <summary>A due date as the company's clock counts it: the local day in the definition's time zone.</summary>
    public static string LocalDate(DateTime utc, WorkflowPolicy policy) => Deadline.LocalDay(utc, policy).ToString("d MMMM yyyy", English);

    public static string Instant(DateTime utc) => utc.ToString("d MMMM yyyy 'at' HH:mm", English);

    public static string Words(string name) => name.Replace('-', ' ');

    /// <summary>The personal fields a correction may name, as the form and the emails call them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldNames = new Dictionary<string, string>
    {
        [SubjectFields.FullName] = "Full name", [SubjectFields.DisplayName] = "Name shown to others",
        [SubjectFields.Phone] = "Phone number", [SubjectFields.PostalAddress] = "Postal address",
        [SubjectFields.PostalCode] = "Postal code", [SubjectFields.City] = "City",
        [SubjectFields.Country] = "Country", [SubjectFields.DateOfBirth] = "Date of birth",
    };

    public static string Field(string name) => FieldNames.GetValueOrDefault(name, Words(name));

    /// <summary>How long a deleted ID may still be listed: the definition's Wait step, in whole days.</summary>
    public static int PropagationDays(WorkflowDefinition definition)
    {
        var wait = definition.Steps.FirstOrDefault(s => s.Activity == "Wait")?.Duration;
        return wait is null ? 0 : (int)Math.Ceiling(XmlConvert.ToTimeSpan(wait).TotalDays);
    }
}
