namespace DsarPlatform.Workflows.Requests;

/// <summary>
/// The one list of request types and their keys ("access", "correction", "deletion", "disclosures"): the word used in the API,
/// the definitions' <c>requestType</c> and the template file names. Every other list of types is built from here.
/// </summary>
public static class RequestTypes
{
    public static IReadOnlyList<RequestType> All { get; } = Enum.GetValues<RequestType>();

    public static IReadOnlyList<string> Keys { get; } = All.Select(Key).ToArray();

    /// <summary>The types a requester can make at intake: an appeal is filed only from a denied request's status page.</summary>
    public static IReadOnlyList<RequestType> Requestable { get; } = All.Where(t => t != RequestType.Appeal).ToArray();

    public static string Key(this RequestType type) => type.ToString().ToLowerInvariant();

    /// <summary>A key as typed (any case, surrounding spaces allowed); numbers and unknown words are refused.</summary>
    public static bool TryParse(string? key, out RequestType type) => TryParse(key, All, out type);

    /// <summary>A type a requester can make at intake (<see cref="Requestable"/>), as typed.</summary>
    public static bool TryParseRequestable(string? key, out RequestType type) => TryParse(key, Requestable, out type);

    static bool TryParse(string? key, IReadOnlyList<RequestType> types, out RequestType type)
    {
        var trimmed = key?.Trim();
        foreach (var candidate in types)
        {
            if (string.Equals(candidate.Key(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    /// <summary>"access, correction or deletion": the keys of the types a requester can make, as a sentence lists them.</summary>
    public static string Listed()
    {
        var keys = Requestable.Select(Key).ToList();
        return keys.Count == 1 ? keys[0] : $"{string.Join(", ", keys.Take(keys.Count - 1))} or {keys[^1]}";
    }
}
