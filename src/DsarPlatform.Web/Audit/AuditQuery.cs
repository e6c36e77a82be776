using System.Globalization;
using DsarPlatform.Web.Queue;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;
using DsarPlatform.Workflows.Staff;

namespace DsarPlatform.Web.Audit;

/// <summary>
/// Reads the auditors' search from a query string. Each bad value is reported under its parameter's name, so the page
/// answers 400 with what to fix instead of guessing (or failing). Dates are <c>yyyy-MM-dd</c>, UTC, both ends included.
/// </summary>
public static class AuditQuery
{
    public static readonly IReadOnlyList<string> Channels =
        [IntakeChannels.Web, IntakeChannels.Api, IntakeChannels.Phone, IntakeChannels.Post, IntakeChannels.Email, IntakeChannels.AuthorizedAgent];

    public static AuditFilter Parse(IQueryCollection query, out Dictionary<string, string> errors)
    {
        var problems = new Dictionary<string, string>();
        string? Text(string name, int max)
        {
            var value = query[name].ToString().Trim();
            if (value.Length == 0) return null;
            if (value.Length <= max) return value;
            problems[name] = $"At most {max} characters.";
            return null;
        }
        T? Choice<T>(string name) where T : struct, Enum
        {
            if (Text(name, 64) is not { } value) return null;
            if (!char.IsDigit(value[0]) && value[0] != '-' && Enum.TryParse<T>(value, ignoreCase: true, out var parsed)) return parsed;
            problems[name] = $"One of: {string.Join(", ", Enum.GetValues<T>().Select(v => QueueQuery.Word(v)))}.";
            return null;
        }
        DateTime? Day(string name)
        {
            if (Text(name, 10) is not { } value) return null;
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            problems[name] = "A date as yyyy-MM-dd.";
            return null;
        }
        (DateTime? From, DateTime? Before) Range(string from, string to)
        {
            var (start, end) = (Day(from), Day(to));
            if (start > end) problems[to] = "Must not be before the start of the range.";
            return (start, end is { } last && last < DateTime.MaxValue.Date ? last.AddDays(1) : end);
        }

        RequestType? type = null;
        if (Text("type", 32) is { } typed)
        {
            if (RequestTypes.TryParse(typed, out var parsedType)) type = parsedType;
            else problems["type"] = $"One of: {string.Join(", ", RequestTypes.Keys)}.";
        }
        var channel = Text("channel", 16)?.ToLowerInvariant();
        if (channel is not null && !Channels.Contains(channel)) problems["channel"] = $"One of: {string.Join(", ", Channels)}.";
        QueueCursor? cursor = null;
        if (Text("cursor", 64) is { } cursorText && !QueueCursor.TryParse(cursorText, out cursor))
            problems["cursor"] = "Not a link from a previous page of results.";
        var received = Range("receivedFrom", "receivedTo");
        var closed = Range("closedFrom", "closedTo");

        var filter = new AuditFilter
        {
            Reference = Text("reference", 16)?.ToUpperInvariant(),
            Type = type,
            Status = Choice<InstanceStatus>("status"),
            Outcome = Choice<RequestOutcome>("outcome"),
            Channel = channel,
            ReceivedFromUtc = received.From,
            ReceivedBeforeUtc = received.Before,
            ClosedFromUtc = closed.From,
            ClosedBeforeUtc = closed.Before,
            After = cursor,
        };
        errors = problems;
        return filter;
    }
}
