using System.Globalization;
using System.Text.RegularExpressions;
using DsarPlatform.Contracts;

namespace DsarPlatform.Stores.Sdk;

/// <summary>
/// Validation of correction values. A bad value fails the task permanently with a reason naming the
/// field and the rule, never the value (the reason travels on the bus and into logs).
/// </summary>
public static partial class FieldValues
{
    /// <summary>The outcome category of a rectified field, e.g. <c>field:phone</c>.</summary>
    public static string CountCategory(string field) => "field:" + field;

    /// <summary>Trimmed text of at most <paramref name="maxLength"/> characters, not empty, without control characters.</summary>
    public static string Text(FieldChange change, int maxLength)
    {
        var value = change.NewValue.Trim();
        if (value.Length == 0) throw Invalid(change, "it is empty");
        if (value.Length > maxLength) throw Invalid(change, $"it is longer than {maxLength} characters");
        if (value.Any(char.IsControl)) throw Invalid(change, "it contains control characters");
        return value;
    }

    /// <summary>An E.164 phone number (+ then 7 to 15 digits); spaces, dots and dashes are dropped.</summary>
    public static string Phone(FieldChange change)
    {
        var value = SeparatorPattern().Replace(change.NewValue.Trim(), "");
        if (!PhonePattern().IsMatch(value)) throw Invalid(change, "it is not an international phone number (+ and 7 to 15 digits)");
        return value;
    }

    /// <summary>An ISO 3166-1 alpha-2 country code, returned in capitals.</summary>
    public static string Country(FieldChange change)
    {
        var value = change.NewValue.Trim();
        if (!CountryPattern().IsMatch(value)) throw Invalid(change, "it is not a two-letter country code");
        return value.ToUpperInvariant();
    }

    /// <summary>A calendar date as yyyy-MM-dd, from 1900 up to <paramref name="latest"/>.</summary>
    public static DateOnly Date(FieldChange change, DateOnly latest)
    {
        if (!DateOnly.TryParseExact(change.NewValue.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Invalid(change, "it is not a date in the form yyyy-MM-dd");
        if (date.Year < 1900 || date > latest) throw Invalid(change, "the date is out of range");
        return date;
    }

    static PermanentStoreException Invalid(FieldChange change, string rule) =>
        new($"invalid value for field {SafeName(change.Field)}: {rule}");

    /// <summary>Field names come from the workflow; anything unexpected is not echoed.</summary>
    static string SafeName(string field) => SubjectFields.All.Contains(field) ? field : "(unknown)";

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^[A-Za-z]{2}$")]
    private static partial Regex CountryPattern();
}
