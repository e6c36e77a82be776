using DsarPlatform.Workflows.Staff;
using DsarPlatform.Workflows.Requests;
using DsarPlatform.Workflows.Runtime;

namespace DsarPlatform.Web.Queue;

/// <summary>
/// Reads the queue's filters from a query string, the same for the page and <c>GET /api/requests</c>: each bad value is
/// reported under its parameter's name. <c>assignee</c> is a staff user id, <c>me</c> or <c>unassigned</c>.
/// </summary>
public static class QueueQuery
{
    public const string Me = "me";
    public const string Unassigned = "unassigned";

    public static QueueFilter Parse(IQueryCollection query, string currentUserId, out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>();
        string? Text(string name, int max)
        {
            var value = query[name].ToString().Trim();
            if (value.Length == 0) return null;
            if (value.Length <= max) return value;
            problems[name] = [$"At most {max} characters."];
            return null;
        }
        T? Choice<T>(string name) where T : struct, Enum
        {
            if (Text(name, 64) is not { } value) return null;
            if (!char.IsDigit(value[0]) && value[0] != '-' && Enum.TryParse<T>(value, ignoreCase: true, out var parsed)) return parsed;
            problems[name] = [$"One of: {string.Join(", ", Enum.GetNames<T>().Select(Word))}."];
            return null;
        }
        bool? Flag(string name)
        {
            switch (Text(name, 8)?.ToLowerInvariant())
            {
                case null: return null;
                case "true" or "on": return true;
                case "false": return false;
                default: problems[name] = ["true or false."]; return null;
            }
        }

        RequestType? type = null;
        if (Text("type", 32) is { } typed)
        {
            if (RequestTypes.TryParse(typed, out var parsedType)) type = parsedType;
            else problems["type"] = [$"One of: {string.Join(", ", RequestTypes.Keys)}."];
        }
        var assignee = Text("assignee", 450);
        var channel = Text("channel", 16)?.ToLowerInvariant();
        QueueCursor? cursor = null;
        if (Text("cursor", 64) is { } cursorText && !QueueCursor.TryParse(cursorText, out cursor))
            problems["cursor"] = ["Not a cursor from a previous page (use nextCursor as given)."];

        var closed = Flag("closed") ?? false;
        var filter = new QueueFilter
        {
            Closed = closed,
            Status = Choice<InstanceStatus>("status"),
            Type = type,
            AssigneeId = assignee is null or Unassigned ? null : assignee == Me ? currentUserId : assignee,
            Unassigned = assignee == Unassigned,
            NeedsAction = Flag("needsAction"),
            Overdue = Flag("overdue"),
            Channel = channel,
            Verification = Choice<VerificationState>("verification"),
            Outcome = Choice<RequestOutcome>("outcome"),
            Search = Text("q", 64),
            After = cursor,
        };
        if (filter.Outcome is not null && !closed) problems["outcome"] = ["Only with closed=true: open requests have no outcome yet."];
        errors = problems;
        return filter;
    }

    /// <summary>How an enum value is written in a query string: its name with a lower-case first letter.</summary>
    public static string Word<T>(T value) where T : struct, Enum => Word(value.ToString());

    static string Word(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
